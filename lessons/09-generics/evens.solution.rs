use std::fmt::Display;

// Formats a slice the way Go's fmt.Println does: [a b c].
fn go_style<T: Display>(xs: &[T]) -> String {
    let parts: Vec<_> = xs.iter().map(|x| x.to_string()).collect();
    format!("[{}]", parts.join(" "))
}

fn main() {
    let nums = [1, 2, 3, 4, 5, 6];
    let squares: Vec<i32> = nums
        .iter()
        .filter(|&&n| n % 2 == 0)
        .map(|&n| n * n)
        .collect();
    println!("squares of evens: {}", go_style(&squares));

    let words = ["go", "rust", "zig", "c"];
    let long: Vec<String> = words
        .iter()
        .filter(|w| w.len() > 2)
        .map(|w| w.to_uppercase())
        .collect();
    println!("long words: {}", long.join(","));
}
