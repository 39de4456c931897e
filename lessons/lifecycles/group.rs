use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let words = ["go", "tokio", "channel", "goroutine"];
    let mut set = JoinSet::new();
    for (i, w) in words.into_iter().enumerate() {
        set.spawn(async move { (i, w.len()) }); // each task returns its value
    }
    let mut lengths = vec![0; words.len()];
    // join_next yields tasks in the order they finish, so use the index
    while let Some(done) = set.join_next().await {
        let (i, n) = done.expect("task panicked");
        lengths[i] = n;
    }
    println!("lengths: {lengths:?}");
    println!("total: {}", lengths.iter().sum::<usize>());
}
