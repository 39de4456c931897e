// maximum!(a, b, c, ...) should expand to the largest argument.
macro_rules! maximum {
    ($x:expr) => {
        $x
    };
}

fn main() {
    println!("{}", maximum!(7));
    println!("{}", maximum!(3, 9, 4));
    println!("{}", maximum!(2.5, 1.5));
}
