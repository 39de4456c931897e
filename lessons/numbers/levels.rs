fn main() {
    // Battery levels in percent: 0 to 100 fits in a byte.
    let levels: [u8; 6] = [98, 87, 100, 91, 76, 92];
    let mut total: u8 = 0;
    for level in levels {
        total += level;
    }
    let average = total / levels.len() as u8;
    println!("total = {total}");
    println!("average = {average}");
}
