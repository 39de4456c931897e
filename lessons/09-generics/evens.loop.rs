use std::fmt::Display;

// Formats a slice the way Go's fmt.Println does: [a b c].
fn go_style<T: Display>(xs: &[T]) -> String {
    let parts: Vec<_> = xs.iter().map(|x| x.to_string()).collect();
    format!("[{}]", parts.join(" "))
}

fn main() {
    let nums = [1, 2, 3, 4, 5, 6];
    let mut squares = Vec::new();
    for n in nums {
        if n % 2 == 0 {
            squares.push(n * n);
        }
    }
    println!("squares of evens: {}", go_style(&squares));

    let words = ["go", "rust", "zig", "c"];
    let mut long = Vec::new();
    for w in words {
        if w.len() > 2 {
            long.push(w.to_uppercase());
        }
    }
    println!("long words: {}", long.join(","));
}
