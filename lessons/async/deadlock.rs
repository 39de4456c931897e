use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, mpsc, oneshot};

#[tokio::main]
async fn main() {
    let state = Arc::new(Mutex::new(0));
    let (jobs_tx, mut jobs_rx) = mpsc::channel::<i32>(1);
    let (locked_tx, locked_rx) = oneshot::channel();

    let worker_state = Arc::clone(&state);
    tokio::spawn(async move {
        // the worker takes the lock, then waits for a job
        let mut guard = worker_state.lock().await;
        locked_tx.send(()).unwrap();
        if let Some(job) = jobs_rx.recv().await {
            *guard += job;
        }
    });

    locked_rx.await.unwrap();
    let sender = tokio::spawn(async move {
        // the sender needs the lock before it sends
        let _guard = state.lock().await;
        jobs_tx.send(1).await.unwrap();
    });

    match tokio::time::timeout(Duration::from_millis(100), sender).await {
        Ok(_) => println!("job sent"),
        Err(_) => println!(
            "stuck: the worker holds the lock and waits for a job; the sender waits for the lock"
        ),
    }
    // returning from main shuts the runtime down and drops both stuck tasks
}
