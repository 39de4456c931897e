use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx_a, mut a) = mpsc::channel(4);
    let (tx_b, mut b) = mpsc::channel(4);
    tx_a.send(3).await.unwrap();
    tx_b.send(4).await.unwrap();
    tx_b.send(6).await.unwrap();
    drop((tx_a, tx_b)); // both channels are now closed
    let (mut count, mut sum) = (0, 0);
    loop {
        tokio::select! {
            // when recv() yields None the pattern fails and
            // the branch is disabled for this select!
            Some(v) = a.recv() => { count += 1; sum += v; }
            Some(v) = b.recv() => { count += 1; sum += v; }
            else => break, // every branch disabled
        }
    }
    println!("{count} values, sum {sum}");
}
