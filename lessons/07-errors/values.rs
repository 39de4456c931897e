fn main() {
    for s in ["42", "4x2"] {
        match s.parse::<i32>() {
            // Result<i32, ParseIntError>
            Ok(n) => println!("got {n}"),
            Err(e) => println!("error: {e}"),
        }
    }
    // No i32 without deciding what an Err means; here: use 0.
    let n = "oops".parse::<i32>().unwrap_or(0);
    println!("chose a default, n = {n}");
}
