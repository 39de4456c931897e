fn vowels(word: &str) -> usize {
    word.chars().filter(|c| "aeiou".contains(*c)).count()
}

#[tokio::main]
async fn main() {
    let words = ["goroutine", "future", "channel", "runtime", "await"];
    let counts: Vec<usize> = words.iter().map(|w| vowels(w)).collect();
    for (w, n) in words.iter().zip(&counts) {
        println!("{w:<9} {n}");
    }
    println!("total {}", counts.iter().sum::<usize>());
}
