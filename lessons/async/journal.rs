use std::sync::{Arc, Mutex};
use std::time::Duration;

struct Journal {
    lines: Vec<String>,
}

impl Journal {
    // An append is asynchronous: it waits for the disk.
    async fn append(&mut self, line: String) {
        tokio::time::sleep(Duration::from_millis(1)).await;
        self.lines.push(line);
    }
}

// Both lines of an order must sit next to each other in the journal.
async fn record(journal: Arc<Mutex<Journal>>, order: u32) {
    let mut journal = journal.lock().unwrap();
    journal.append(format!("order {order} placed")).await;
    journal.append(format!("order {order} paid")).await;
}

#[tokio::main]
async fn main() {
    let journal = Arc::new(Mutex::new(Journal { lines: Vec::new() }));
    let mut handles = Vec::new();
    for order in 1..=3 {
        handles.push(tokio::spawn(record(Arc::clone(&journal), order)));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    let journal = journal.lock().unwrap();
    let mut pairs: Vec<String> = journal.lines.chunks(2).map(|p| p.join(" / ")).collect();
    pairs.sort();
    for pair in pairs {
        println!("{pair}");
    }
}
