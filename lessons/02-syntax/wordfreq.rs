use std::collections::HashMap;

fn main() {
    let text = "the cat and the dog and the bird";
    let words: Vec<&str> = text.split_whitespace().collect();
    let counts: HashMap<&str, usize> = HashMap::new();
    // TODO: count the words into `counts`, then print one line per
    // distinct word, sorted alphabetically, as the Go program does.
    println!("{} words, {} distinct", words.len(), counts.len());
}
