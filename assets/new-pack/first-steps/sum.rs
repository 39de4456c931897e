// The Rust twin of sum.go: a complete program with a `main`, built with
// `rustc --edition 2024`.
fn main() {
    let numbers = vec![1, 2, 3, 4];
    let mut total = 0;
    // `&numbers` borrows the vector: the loop reads it, `main` keeps it.
    for n in &numbers {
        total += n;
    }
    println!("total = {total}");
    println!("{} numbers", numbers.len());
}
