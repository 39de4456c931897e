/// Sums consecutive chunks of `size` elements; the last chunk may be
/// shorter than `size`. Panics with "size must be positive" if `size`
/// is 0.
fn chunk_sums(xs: &[i32], size: usize) -> Vec<i32> {
    assert!(size > 0, "size must be positive");
    xs.chunks(size).map(|chunk| chunk.iter().sum()).collect()
}

fn main() {
    println!("{:?}", chunk_sums(&[1, 2, 3, 4, 5], 2));
}
