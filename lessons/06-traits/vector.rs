use std::ops::Add;

// == comes from a derived trait, not from the language.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: i32,
    y: i32,
}

// `+` is sugar for Add::add; implement the trait, get the operator.
impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, b: Vec2) -> Vec2 {
        Vec2 {
            x: self.x + b.x,
            y: self.y + b.y,
        }
    }
}

fn main() {
    let (a, b) = (Vec2 { x: 1, y: 2 }, Vec2 { x: 10, y: 20 });
    let c = a + b + a;
    println!("{c:?}");
    println!("{}", c == Vec2 { x: 12, y: 24 });
}
