/// Returns the longer of two words; the first one wins a tie.
fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if b.len() > a.len() { b } else { a }
}

fn main() {
    println!("{}", longer("own", "borrow"));
}
