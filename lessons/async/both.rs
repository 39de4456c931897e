use std::sync::Arc;
use std::time::Duration;

struct Conn {
    sent: Vec<String>,
}

impl Conn {
    // A send is several awaits long; two tasks must not interleave inside it.
    async fn send(&mut self, msg: String) {
        tokio::time::sleep(Duration::from_millis(1)).await;
        self.sent.push(msg);
    }
}

#[tokio::main]
async fn main() {
    let hits = Arc::new(std::sync::Mutex::new(0u64)); // short, no .await inside
    let conn = Arc::new(tokio::sync::Mutex::new(Conn { sent: Vec::new() }));
    let mut handles = Vec::new();
    for id in 1..=3 {
        let hits = Arc::clone(&hits);
        let conn = Arc::clone(&conn);
        handles.push(tokio::spawn(async move {
            *hits.lock().unwrap() += 1; // the guard is dropped at the ;
            let mut conn = conn.lock().await; // waits without blocking the thread
            conn.send(format!("hello from {id}")).await; // held across .await: fine
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    let mut sent = conn.lock().await.sent.clone();
    sent.sort();
    println!("hits = {}, sent = {sent:?}", hits.lock().unwrap());
}
