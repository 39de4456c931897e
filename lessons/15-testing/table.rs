// Clamp limits x to the range [lo, hi]. It has a bug.
fn clamp(x: i32, lo: i32, hi: i32) -> i32 {
    if x < lo {
        return lo;
    }
    if x > hi {
        return lo; // should be hi
    }
    x
}

fn main() {
    let cases = [(5, 0, 10, 5), (42, 0, 10, 10), (7, 0, 5, 5)];
    for (x, lo, hi, want) in cases {
        // In a #[test] fn this is the same line: the first
        // failure panics, which ends (and fails) that test.
        assert_eq!(clamp(x, lo, hi), want, "clamp({x}, {lo}, {hi})");
    }
    println!("checked {} cases", cases.len());
}
