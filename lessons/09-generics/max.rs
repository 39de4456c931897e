// The bounds say what the body may do: compare (PartialOrd)
// and copy values out of the slice (Copy).
fn max_of<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in &xs[1..] {
        if x > best {
            best = x;
        }
    }
    best
}

fn main() {
    println!("{}", max_of(&[3, 9, 4])); // T inferred as i32
    println!("{}", max_of(&["go", "rust", "c"])); // T = &str
    println!("{}", max_of::<f64>(&[1.0, 2.5, 2.0])); // turbofish
}
