#[tokio::main]
async fn main() {
    const N: u64 = 100_000;
    let mut handles = Vec::with_capacity(N as usize);
    for i in 1..=N {
        // a task can return a value through its JoinHandle
        handles.push(tokio::spawn(async move { i }));
    }
    let mut total = 0;
    for handle in handles {
        total += handle.await.unwrap();
    }
    println!("{N} tasks, total {total}");
}
