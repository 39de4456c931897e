// No bound on T, so the body may not use `>` (E0369).
fn bigger<T>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    println!("{}", bigger(3, 7));
}
