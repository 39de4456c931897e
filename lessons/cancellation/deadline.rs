use std::future::pending;
use std::time::Duration;
use tokio::time::timeout;

// fetch knows nothing about deadlines: its caller can drop it at any .await.
async fn fetch(id: u32) -> String {
    if id >= 100 {
        pending::<()>().await; // a backend that never answers
    }
    format!("record {id}")
}

#[tokio::main]
async fn main() {
    for id in [7, 700] {
        match timeout(Duration::from_millis(50), fetch(id)).await {
            Ok(r) => println!("got {r}"),
            Err(elapsed) => println!("timed out: fetch {id}: {elapsed}"),
        }
    }
}
