use std::time::Duration;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let heartbeat = tokio::spawn(async {
        loop {
            sleep(Duration::from_millis(5)).await;
        }
    });
    sleep(Duration::from_millis(30)).await;
    println!("shutting down");
    // Stop the heartbeat here.
    let result = heartbeat.await;
    println!("heartbeat cancelled: {}", result.is_err());
}
