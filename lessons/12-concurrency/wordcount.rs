// Translate wordcount.go: count the words of each document in its
// own tokio task, print "doc <i>: <n> words" in document order,
// then "total: <sum>".
#[tokio::main]
async fn main() {
    let docs = ["the quick brown fox", "jumps over", "the lazy dog"];
    // TODO: spawn one task per document and collect the counts.
    println!("{} documents", docs.len());
}
