use tokio::{sync::mpsc, task::JoinSet};

// first asks every query at once and returns the first answer.
async fn first(queries: &[&str], senders: &mut JoinSet<()>) -> Option<String> {
    let (tx, mut rx) = mpsc::channel(1);
    for q in queries {
        let (tx, q) = (tx.clone(), q.to_string());
        senders.spawn(async move {
            // A send that waits for room fails as soon as the receiver
            // is dropped: the task ends instead of hanging.
            let _ = tx.send(format!("answer to {q}")).await;
        });
    }
    rx.recv().await
} // rx is dropped here

#[tokio::main]
async fn main() {
    let mut senders = JoinSet::new();
    first(&["a", "b", "c"], &mut senders).await;
    println!("got one answer");
    senders.join_all().await;
    println!("all senders finished");
}
