/// Returns a closure that gives 1, 2, 3, ... on successive calls.
fn make_counter() -> impl Fn() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn main() {
    let mut next = make_counter();
    let first = next();
    let second = next();
    println!("{first} {second} {}", next());
}
