fn main() {
    let mut total = 0;
    let mut add = move |x: i32| {
        total += x;
        total
    };
    println!("{}", add(5));
    println!("{}", add(5));
    println!("{total}");
}
