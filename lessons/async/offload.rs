use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

// Stands for blocking work: a synchronous file or database call, or hashing.
fn slow_checksum(data: &[u8]) -> u32 {
    std::thread::sleep(Duration::from_millis(100));
    data.iter().map(|&b| u32::from(b)).sum()
}

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

    let data = b"gorust".to_vec();
    // runs on tokio's blocking pool; awaiting the handle frees this thread
    let sum = tokio::task::spawn_blocking(move || slow_checksum(&data))
        .await
        .unwrap();
    println!("checksum = {sum}");
    println!(
        "ticker ran meanwhile: {}",
        ticks.load(Ordering::Relaxed) > 0
    );
    ticker.abort();
}
