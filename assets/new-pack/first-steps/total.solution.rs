// The reference solution of first-steps-total-rust.
fn main() {
    let numbers = vec![1, 2, 3, 4];
    let mut total = 0;
    for n in &numbers {
        total += n;
    }
    assert_eq!(numbers.len(), 4);
    println!("total = {total}");
}
