// maximum!(a, b, c, ...) should expand to the largest argument.
macro_rules! maximum {
    ($x:expr) => {
        $x
    };
    // one or more arguments after the first: compare the first
    // with the maximum of the rest (the macro calls itself)
    ($x:expr, $($rest:expr),+) => {{
        let first = $x;
        let rest = maximum!($($rest),+);
        if first > rest { first } else { rest }
    }};
}

fn main() {
    println!("{}", maximum!(7));
    println!("{}", maximum!(3, 9, 4));
    println!("{}", maximum!(2.5, 1.5));
}
