use std::sync::{Arc, Mutex};

#[tokio::main]
async fn main() {
    let docs = ["the quick brown fox", "jumps over", "the lazy dog"];
    // the Go program's shared slice, translated literally
    let counts = Arc::new(Mutex::new(vec![0; docs.len()]));
    let mut handles = Vec::new();
    for (i, doc) in docs.into_iter().enumerate() {
        let counts = Arc::clone(&counts);
        handles.push(tokio::spawn(async move {
            counts.lock().unwrap()[i] = doc.split_whitespace().count();
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    let counts = counts.lock().unwrap();
    for (i, count) in counts.iter().enumerate() {
        println!("doc {i}: {count} words");
    }
    println!("total: {}", counts.iter().sum::<usize>());
}
