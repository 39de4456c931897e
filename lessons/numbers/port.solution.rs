/// Turns a number read from a config file into a TCP port.
/// Returns None when the number is not a valid u16 (0 to 65535).
fn to_port(n: i64) -> Option<u16> {
    u16::try_from(n).ok() // Err(TryFromIntError) when it does not fit
}

fn main() {
    for n in [8080, 70000, -1] {
        println!("{n} -> {:?}", to_port(n));
    }
}
