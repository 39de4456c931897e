fn main() {
    let (used, size): (u64, u64) = (5, 3);
    // size - used would panic here; checked_sub says so instead.
    match size.checked_sub(used) {
        Some(free) => println!("room left: {free}"),
        None => println!("over by {}", used - size),
    }

    let step = -size; // E0600: no unary minus on an unsigned type
    println!("{}", used.wrapping_add(step));
}
