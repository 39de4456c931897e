fn next(x: u8) -> u8 {
    x + 1
}

fn main() {
    println!("{}", next(254));
    // A debug build checks every + - * on integers:
    // this panics with "attempt to add with overflow".
    println!("{}", next(255));
}
