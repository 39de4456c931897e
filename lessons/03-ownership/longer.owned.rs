/// Returns the longer of two words; the first one wins a tie.
fn longer(a: &str, b: &str) -> String {
    if b.len() > a.len() {
        b.to_string()
    } else {
        a.to_string()
    }
}

fn main() {
    println!("{}", longer("own", "borrow"));
}
