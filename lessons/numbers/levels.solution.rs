fn main() {
    // Battery levels in percent: 0 to 100 fits in a byte.
    let levels: [u8; 6] = [98, 87, 100, 91, 76, 92];
    // Each level fits in a u8, the sum does not: widen before adding.
    let total: u32 = levels.iter().map(|&level| u32::from(level)).sum();
    let average = total / levels.len() as u32;
    println!("total = {total}");
    println!("average = {average}");
}
