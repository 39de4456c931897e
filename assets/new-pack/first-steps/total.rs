// The starter of first-steps-total-rust. It does not compile yet: the loop
// moves `numbers`, which `main` uses afterwards. A compile error is a fine
// starting point; the learner sees rustc's message and this lesson's page.
fn main() {
    let numbers = vec![1, 2, 3, 4];
    let mut total = 0;
    for n in numbers {
        total += n;
    }
    assert_eq!(numbers.len(), 4);
    println!("total = {total}");
}
