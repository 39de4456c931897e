use std::time::Duration;
use tokio::time::sleep;

async fn slow() -> &'static str {
    println!("step 1");
    sleep(Duration::from_secs(10)).await;
    println!("step 2"); // never printed: see below
    "finished"
}

#[tokio::main]
async fn main() {
    tokio::select! {
        r = slow() => println!("{r}"),
        () = sleep(Duration::from_millis(50)) => {
            // the losing future was dropped at its .await
            println!("timed out; slow() was cancelled");
        }
    }
}
