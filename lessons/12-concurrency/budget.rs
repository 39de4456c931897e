use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::sync::mpsc;

// Receives 1000 messages that are all ready at once, and reports after how
// many of them another task got its first turn.
async fn drain(unlimited: bool) -> String {
    let (tx, mut rx) = mpsc::unbounded_channel();
    for i in 0..1000 {
        tx.send(i).unwrap();
    }
    drop(tx);
    let other_ran = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&other_ran);
    tokio::spawn(async move { flag.store(true, Ordering::SeqCst) });

    let receive = async move {
        let mut received = 0;
        let mut turn = None;
        while rx.recv().await.is_some() {
            if turn.is_none() && other_ran.load(Ordering::SeqCst) {
                turn = Some(received);
            }
            received += 1;
        }
        turn.unwrap_or(received)
    };
    let turn = if unlimited {
        tokio::task::unconstrained(receive).await
    } else {
        receive.await
    };
    format!("the other task waited for {turn} messages")
}

#[tokio::main(flavor = "current_thread")] // one thread: tasks must take turns
async fn main() {
    println!("with the budget:    {}", drain(false).await);
    println!("without the budget: {}", drain(true).await);
}
