use tokio::task::JoinSet;

fn vowels(word: &str) -> usize {
    word.chars().filter(|c| "aeiou".contains(*c)).count()
}

#[tokio::main]
async fn main() {
    let words = ["goroutine", "future", "channel", "runtime", "await"];
    let mut set = JoinSet::new();
    for (i, w) in words.into_iter().enumerate() {
        set.spawn(async move { (i, vowels(w)) });
    }
    // join_next yields results in the order the tasks finish,
    // so each one carries its index back.
    let mut counts = vec![0; words.len()];
    while let Some(joined) = set.join_next().await {
        let (i, n) = joined.expect("a vowel count never panics");
        counts[i] = n;
    }
    for (w, n) in words.iter().zip(&counts) {
        println!("{w:<9} {n}");
    }
    println!("total {}", counts.iter().sum::<usize>());
}
