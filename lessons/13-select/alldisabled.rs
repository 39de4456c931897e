use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx_a, mut a) = mpsc::channel::<i32>(1);
    let (tx_b, mut b) = mpsc::channel::<i32>(1);
    drop((tx_a, tx_b)); // both closed: recv() yields None at once
    tokio::select! {
        Some(v) = a.recv() => println!("a {v}"),
        Some(v) = b.recv() => println!("b {v}"),
        // no `else`: once both patterns fail, select! has nothing to run
    }
    println!("never printed");
}
