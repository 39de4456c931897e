use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

// One thread runs every task: what one task does, the others wait for.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ticks = Arc::new(AtomicU32::new(0));
    let counter = Arc::clone(&ticks);
    let ticker = tokio::spawn(async move {
        loop {
            counter.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });

    std::thread::sleep(Duration::from_millis(100)); // blocks the thread
    let blocked = ticks.load(Ordering::Relaxed);
    println!("ticks during std::thread::sleep: {blocked}");

    tokio::time::sleep(Duration::from_millis(100)).await; // yields to the runtime
    let awaited = ticks.load(Ordering::Relaxed) - blocked;
    println!("ticker ran during tokio::time::sleep: {}", awaited > 0);
    ticker.abort();
}
