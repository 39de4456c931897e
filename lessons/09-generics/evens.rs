use std::fmt::Display;

// Formats a slice the way Go's fmt.Println does: [a b c].
fn go_style<T: Display>(xs: &[T]) -> String {
    let parts: Vec<_> = xs.iter().map(|x| x.to_string()).collect();
    format!("[{}]", parts.join(" "))
}

fn main() {
    let nums = [1, 2, 3, 4, 5, 6];
    // TODO: keep the even numbers, then square them.
    let squares: Vec<i32> = nums.to_vec();
    println!("squares of evens: {}", go_style(&squares));

    let words = ["go", "rust", "zig", "c"];
    // TODO: keep the words longer than 2 bytes, upper-cased.
    let long: Vec<&str> = words.to_vec();
    println!("long words: {}", long.join(","));
}
