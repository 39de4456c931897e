use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::sleep;

async fn record(total: Arc<Mutex<u64>>, amount: u64) {
    let mut sum = total.lock().await;
    *sum += amount;
    sleep(Duration::from_millis(1)).await; // e.g. write an audit log
    println!("recorded {amount}");
}

#[tokio::main]
async fn main() {
    let total = Arc::new(Mutex::new(0));
    for amount in [5, 10, 20] {
        let handle = tokio::spawn(record(Arc::clone(&total), amount));
        handle.await.unwrap(); // one at a time: output in order
    }
    println!("total = {}", total.lock().await);
}
