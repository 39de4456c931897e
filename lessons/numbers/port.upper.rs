/// Turns a number read from a config file into a TCP port.
/// Returns None when the number is not a valid u16 (0 to 65535).
fn to_port(n: i64) -> Option<u16> {
    // Forgets that a negative number does not fit either.
    if n > 65535 { None } else { Some(n as u16) }
}

fn main() {
    for n in [8080, 70000, -1] {
        println!("{n} -> {:?}", to_port(n));
    }
}
