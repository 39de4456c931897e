fn main() {
    let (a, b) = (-7, 2);
    let f = 3.99_f64;
    println!("{} {} {} {}", a / b, a % b, f as i32, -f as i32);
}
