fn describe(n: i32) -> &'static str {
    match n {
        ..0 => "negative", // range patterns
        0 => "zero",
        1..=9 => "small",
        n if n % 2 == 0 => "big even", // a guard
        _ => "big odd",                // the catch-all
    }
}

fn main() {
    for n in [-5, 0, 7, 42, 99] {
        println!("{n} {}", describe(n));
    }
}
