// This file is the module shapes; `mod circle;` loads circle.rs beside it.
mod circle;

// The module stays private; its Circle is re-exported as shapes::Circle.
pub use circle::Circle;

pub fn describe(c: &Circle) -> String {
    format!("circle of radius {}", c.radius())
}
