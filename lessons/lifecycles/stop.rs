use std::time::Duration;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let ticker = tokio::spawn(async {
        for _ in 0.. {
            sleep(Duration::from_millis(1)).await; // abort takes effect at an .await
        }
    });
    sleep(Duration::from_millis(20)).await;
    ticker.abort(); // no cooperation needed
    match ticker.await {
        Ok(()) => println!("ticker finished"),
        Err(e) => println!("ticker stopped, cancelled: {}", e.is_cancelled()),
    }
}
