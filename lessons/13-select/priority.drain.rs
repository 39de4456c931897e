use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (job_tx, mut jobs) = mpsc::channel::<u32>(100);
    let (stop_tx, mut stop) = mpsc::channel::<()>(1);
    for n in 1..=100 {
        job_tx.send(n).await.unwrap();
    }
    // the stop request arrives while 100 jobs are still queued
    stop_tx.send(()).await.unwrap();

    let (mut done, mut sum) = (0, 0);
    while let Ok(n) = jobs.try_recv() {
        done += 1;
        sum += n;
    }
    loop {
        tokio::select! {
            Some(n) = jobs.recv() => {
                done += 1;
                sum += n;
            }
            _ = stop.recv() => break,
        }
    }
    println!("processed {done} jobs, sum = {sum}");
}
