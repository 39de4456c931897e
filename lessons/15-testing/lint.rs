fn main() {
    let mut a = 1;
    let mut b = 2;
    println!("before: {a} {b}");
    // Compiles and runs; clippy reports a failed swap.
    a = b;
    b = a;
    println!("after: {a} {b}");
}
