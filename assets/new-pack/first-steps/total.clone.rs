// A must_fail program of first-steps-total-rust: it prints the right total,
// but clones the vector instead of borrowing it. The exercise's rule must
// catch it, and `validate` checks that it does.
fn main() {
    let numbers = vec![1, 2, 3, 4];
    let mut total = 0;
    for n in numbers.clone() {
        total += n;
    }
    assert_eq!(numbers.len(), 4);
    println!("total = {total}");
}
