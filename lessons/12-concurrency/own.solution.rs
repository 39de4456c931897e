use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let cities = ["Oslo", "Lagos", "Lima", "Kyoto"];
    let (tx, mut rx) = mpsc::channel(4);
    for (i, city) in cities.into_iter().enumerate() {
        let tx = tx.clone(); // one Sender per task
        tokio::spawn(async move {
            // `move`: the task owns tx, i and city
            tx.send((i, city.len())).await.unwrap();
        });
    }
    drop(tx); // otherwise recv() waits for this Sender forever
    let mut lengths = vec![0; cities.len()];
    while let Some((i, len)) = rx.recv().await {
        lengths[i] = len;
    }
    println!("lengths = {lengths:?}");
    println!("total = {}", lengths.iter().sum::<usize>());
}
