use std::collections::HashMap;

fn main() {
    let text = "the cat and the dog and the bird";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut words: Vec<&str> = counts.keys().copied().collect();
    words.sort(); // HashMap order is random: sort first
    for w in words {
        println!("{w:<5} {}", counts[w]);
    }
}
