use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(2);
    tx.send(1).await.unwrap();
    drop(tx); // the only Sender is gone: the channel is closed

    println!("{:?}", rx.recv().await); // buffered value survives
    println!("{:?}", rx.recv().await); // then None
    // tx.send(2) here would not compile: tx was moved into drop

    let (tx, rx) = mpsc::channel::<i32>(2);
    drop(rx); // the other way round: nobody will receive
    let err = tx.send(2).await.unwrap_err();
    println!("send failed, value {} handed back", err.0);
}
