use std::ops::Add;

// Rust has no type sets: T qualifies by the traits it implements.
fn sum<T: Copy + Default + Add<Output = T>>(xs: &[T]) -> T {
    let mut total = T::default();
    for &x in xs {
        total = total + x;
    }
    total
}

// A new type implements nothing until you say so.
#[derive(Clone, Copy, Default)]
struct Celsius(f64);

impl Add for Celsius {
    type Output = Celsius;
    fn add(self, other: Celsius) -> Celsius {
        Celsius(self.0 + other.0)
    }
}

fn main() {
    println!("{}", sum(&[1, 2, 3]));
    let temps = [Celsius(20.5), Celsius(21.0), Celsius(19.5)];
    println!("{:.1}", sum(&temps).0);
}
