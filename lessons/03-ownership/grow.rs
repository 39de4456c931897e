fn main() {
    let mut nums = vec![1, 2, 3];
    for n in &nums {
        // E0502: `nums` is borrowed by the loop, push needs &mut
        nums.push(n * 10);
    }
    println!("{nums:?}");
}
