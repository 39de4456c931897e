fn main() {
    let words = Vec::new(); // not `mut`
    words.push("rust"); // E0596: cannot borrow as mutable
    let count = 0; // not `mut`
    for _ in &words {
        count += 1; // E0384: cannot assign twice
    }
    println!("{words:?} {count}");
}
