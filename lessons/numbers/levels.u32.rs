fn main() {
    // Wrong for this exercise: the levels are no longer bytes.
    let levels: [u32; 6] = [98, 87, 100, 91, 76, 92];
    let total: u32 = levels.iter().sum();
    let average = total / levels.len() as u32;
    println!("total = {total}");
    println!("average = {average}");
}
