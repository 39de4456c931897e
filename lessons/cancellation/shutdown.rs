use tokio::sync::{mpsc, watch};

async fn worker(
    mut shutdown: watch::Receiver<bool>,
    mut jobs: mpsc::Receiver<u32>,
    results: mpsc::Sender<u32>,
) {
    loop {
        tokio::select! {
            // changed() also fails when the sender is dropped: stop then too
            _ = shutdown.changed() => {
                println!("worker: stopping, shutdown requested");
                return;
            }
            Some(j) = jobs.recv() => {
                let _ = results.send(j * j).await;
            }
        }
    }
}

#[tokio::main]
async fn main() {
    let (stop_tx, stop_rx) = watch::channel(false);
    let (job_tx, job_rx) = mpsc::channel(1);
    let (res_tx, mut res_rx) = mpsc::channel(1);
    let handle = tokio::spawn(worker(stop_rx, job_rx, res_tx));
    for j in 1..=3 {
        job_tx.send(j).await.unwrap();
        println!("result {}", res_rx.recv().await.unwrap());
    }
    stop_tx.send(true).unwrap(); // job_tx is still alive
    handle.await.unwrap();
}
