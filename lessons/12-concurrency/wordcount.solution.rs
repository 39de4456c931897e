#[tokio::main]
async fn main() {
    let docs = ["the quick brown fox", "jumps over", "the lazy dog"];
    let mut handles = Vec::new();
    for doc in docs {
        // the task's return value comes back through its JoinHandle
        let count = async move { doc.split_whitespace().count() };
        handles.push(tokio::spawn(count));
    }
    let mut total = 0;
    for (i, handle) in handles.into_iter().enumerate() {
        // awaited in spawn order, whatever order they finished in
        let count = handle.await.unwrap();
        println!("doc {i}: {count} words");
        total += count;
    }
    println!("total: {total}");
}
