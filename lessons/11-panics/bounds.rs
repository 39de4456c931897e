fn pick(xs: &[i32], i: usize) -> i32 {
    xs[i] // checked at run time: i must be in 0..xs.len()
}

fn main() {
    let xs = [10, 20, 30];
    println!("first: {}", pick(&xs, 0));
    println!("sixth: {}", pick(&xs, 5)); // panics: exit status 101
    println!("not reached");
}
