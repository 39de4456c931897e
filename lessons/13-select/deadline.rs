use std::time::Duration;
use tokio::{sync::mpsc, time::sleep};

#[tokio::main]
async fn main() {
    let (tx, mut ticks) = mpsc::channel(1);
    tokio::spawn(async move {
        for i in 0.. {
            if tx.send(i).await.is_err() {
                break; // receiver gone
            }
            sleep(Duration::from_millis(10)).await;
        }
    });
    // One timer, pinned so that every select! polls the same one.
    let deadline = sleep(Duration::from_millis(100));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            Some(_) = ticks.recv() => {}
            () = &mut deadline => break,
        }
    }
    println!("deadline reached");
}
