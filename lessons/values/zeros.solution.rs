/// Moves every zero to the end of `xs`, keeping the other numbers
/// in their order.
fn zeros_to_end(xs: &mut [i32]) {
    let mut next = 0; // where the next non-zero number goes
    for i in 0..xs.len() {
        if xs[i] != 0 {
            xs.swap(next, i);
            next += 1;
        }
    }
}

fn main() {
    let mut readings = vec![0, 4, 0, 7, 2, 0];
    zeros_to_end(&mut readings);
    println!("{readings:?}");
}
