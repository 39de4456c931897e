fn main() {
    let mut hits = 0; // `mut` is required to change it later
    let name = "ferris"; // immutable: a second assignment is E0384
    hits += 1;
    let limit = 3; // immutable and inferred (i32)
    const RATIO: f64 = 0.5; // constants always spell out their type
    let limit = limit * 2; // shadowing: a new binding, same name
    println!("{name}: {hits}/{limit} ({RATIO:.1})");
}
