use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    // bounded channel: like make(chan T, 5)
    let (tx, mut rx) = mpsc::channel::<(usize, u64)>(5);
    for id in 1..=5 {
        let tx = tx.clone(); // each task owns a Sender
        tokio::spawn(async move {
            let square = (id * id) as u64;
            tx.send((id, square)).await.unwrap();
        });
    }
    drop(tx); // recv() ends once every Sender is gone
    let mut squares = [0u64; 6];
    while let Some((id, square)) = rx.recv().await {
        squares[id] = square; // arrival order varies
    }
    println!("{:?}", &squares[1..]);
}
