use std::fmt::Display;

// Returns a reference to the biggest element of a non-empty slice.
fn largest<T: PartialOrd>(xs: &[T]) -> &T {
    let mut best = &xs[0];
    for x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn report<T: PartialOrd + Display>(label: &str, xs: &[T]) {
    println!("{label}: {}", largest(xs));
}

fn main() {
    report("ints", &[3, 9, 4]);
    report("words", &["go", "rust", "c"]);
    report("chars", &['x', 'a', 'z']);
}
