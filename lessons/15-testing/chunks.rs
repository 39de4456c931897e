/// Sums consecutive chunks of `size` elements; the last chunk may be
/// shorter than `size`. Panics with "size must be positive" if `size`
/// is 0.
fn chunk_sums(xs: &[i32], size: usize) -> Vec<i32> {
    let mut sums = Vec::new();
    for i in 0..xs.len() / size {
        sums.push(xs[i * size..(i + 1) * size].iter().sum());
    }
    sums
}

fn main() {
    println!("{:?}", chunk_sums(&[1, 2, 3, 4, 5], 2));
}
