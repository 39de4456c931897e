use std::time::Duration;
use tokio::sync::watch;
use tokio::time::sleep;

// Each worker polls its queue every 5 ms until shutdown.
async fn worker(id: u32, mut shutdown: watch::Receiver<bool>) -> String {
    loop {
        tokio::select! {
            // wait_for checks the current value first, so a shutdown sent
            // before this worker started waiting is not missed
            _ = shutdown.wait_for(|&stop| stop) => break,
            () = sleep(Duration::from_millis(5)) => {} // check the queue
        }
    }
    format!("worker {id} stopped")
}

#[tokio::main]
async fn main() {
    let (stop, token) = watch::channel(false);
    let handles: Vec<_> = (1..=3)
        .map(|id| tokio::spawn(worker(id, token.clone())))
        .collect();
    sleep(Duration::from_millis(20)).await;
    println!("shutting down");
    stop.send(true).unwrap();
    for h in handles {
        println!("{}", h.await.unwrap());
    }
}
