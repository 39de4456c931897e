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
    heartbeat.abort(); // the task is dropped at its next .await
    let result = heartbeat.await;
    println!(
        "heartbeat cancelled: {}",
        result.is_err_and(|e| e.is_cancelled())
    );
}
