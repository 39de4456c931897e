// Returns a reference to the biggest element of a non-empty slice.
fn largest<T: Ord>(xs: &[T]) -> &T {
    xs.iter().max().unwrap()
}

fn report<T: Ord + std::fmt::Display>(label: &str, xs: &[T]) {
    println!("{label}: {}", largest(xs));
}

fn main() {
    report("ints", &[3, 9, 4]);
    report("words", &["go", "rust", "c"]);
    report("chars", &['x', 'a', 'z']);
}
