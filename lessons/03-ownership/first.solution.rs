fn main() {
    let mut scores = vec![10, 20, 30];
    let first = scores[0]; // copy the i32 out; no borrow is kept
    scores.push(40);
    println!("first = {first}, len = {}", scores.len());
}
