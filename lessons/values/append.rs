fn main() {
    let mut nums = vec![1, 2, 3, 4];
    let head = &mut nums[..2]; // a window has a length, no capacity
    head.push(99); // E0599: only a Vec can grow
    println!("{nums:?}");
}
