#[derive(Debug, Clone, Copy)]
enum Shipping {
    Standard,
    Express,
    Overnight, // added in version 2
}

// days was written in version 1 and never updated.
fn days(s: Shipping) -> u32 {
    match s {
        // E0004: non-exhaustive patterns: `Shipping::Overnight`
        Shipping::Standard => 5,
        Shipping::Express => 2,
    }
}

fn main() {
    use Shipping::*;
    for s in [Standard, Express, Overnight] {
        println!("{s:?}: {} days", days(s));
    }
}
