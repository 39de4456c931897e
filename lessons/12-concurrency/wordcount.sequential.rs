#[tokio::main]
async fn main() {
    let docs = ["the quick brown fox", "jumps over", "the lazy dog"];
    let mut total = 0;
    for (i, doc) in docs.iter().enumerate() {
        // right output, but nothing runs concurrently
        let count = doc.split_whitespace().count();
        println!("doc {i}: {count} words");
        total += count;
    }
    println!("total: {total}");
}
