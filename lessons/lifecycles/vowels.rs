use tokio::task::JoinSet;

fn vowels(word: &str) -> usize {
    word.chars().filter(|c| "aeiou".contains(*c)).count()
}

#[tokio::main]
async fn main() {
    let words = ["goroutine", "future", "channel", "runtime", "await"];
    let mut set = JoinSet::new();
    for w in words {
        set.spawn(async move { vowels(w) });
    }
    let total = 0;
    // Collect the counts here, and print them as the Go program does.
    println!("total {total}");
}
