use std::num::ParseIntError;

/// Parses every item, or returns the first error.
fn parse_all(items: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    // An iterator of Result<i32, _> collects into Result<Vec<i32>, _>:
    // Ok with every value, or the first Err (and it stops there).
    items.iter().map(|s| s.parse()).collect()
}

fn main() {
    for input in ["4 8 15", "16 x23 42", "7"] {
        let items: Vec<&str> = input.split(' ').collect();
        match parse_all(&items) {
            Ok(nums) => println!("sum = {}", nums.iter().sum::<i32>()),
            Err(e) => println!("bad input: {e}"),
        }
    }
}
