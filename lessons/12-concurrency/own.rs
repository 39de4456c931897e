use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let cities = ["Oslo", "Lagos", "Lima", "Kyoto"];
    let (tx, mut rx) = mpsc::channel(4);
    for (i, city) in cities.into_iter().enumerate() {
        tokio::spawn(async {
            tx.send((i, city.len())).await.unwrap();
        });
    }
    let mut lengths = vec![0; cities.len()];
    while let Some((i, len)) = rx.recv().await {
        lengths[i] = len;
    }
    println!("lengths = {lengths:?}");
    println!("total = {}", lengths.iter().sum::<usize>());
}
