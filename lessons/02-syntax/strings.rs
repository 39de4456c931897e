fn main() {
    let s = "héllo"; // a &str: always valid UTF-8
    println!("{} {}", s.len(), s.chars().count());
    // s[1] does not compile: str cannot be indexed by an integer.
    println!("{} {}", s.as_bytes()[1], &s[..3]); // &s[..2] would panic
    for (i, c) in s.char_indices() {
        if !c.is_ascii() {
            println!("{c} at byte {i}");
        }
    }
}
