use std::collections::HashMap;

fn main() {
    let words = ["go", "rust", "zig"];

    // One collect, many shapes: the type you ask for decides.
    let by_word: HashMap<&str, usize> = words.iter().map(|w| (*w, w.len())).collect();
    let joined: String = words
        .iter()
        .map(|w| w.to_uppercase())
        .collect::<Vec<_>>()
        .join("+");
    println!("{} {joined}", by_word["rust"]);

    let lengths = words.iter().map(|w| w.len()).collect(); // E0282: into what?
    println!("{}", lengths.len());
}
