/// Moves every zero to the end of `xs`, keeping the other numbers
/// in their order.
fn zeros_to_end(xs: &mut [i32]) {
    let mut sorted = xs.to_vec();
    sorted.sort_by_key(|&x| x == 0);
}

fn main() {
    let mut readings = vec![0, 4, 0, 7, 2, 0];
    zeros_to_end(&mut readings);
    println!("{readings:?}");
}
