fn main() {
    let big: i32 = 300;
    let neg: i32 = -1;
    let f: f64 = -7.9;
    println!("{} {} {}", big as u8, neg as u8, f as i32);
    let huge: f64 = 1e10;
    println!("{} {}", huge as i32, huge as u8);
}
