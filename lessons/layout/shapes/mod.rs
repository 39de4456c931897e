// This file is the module shapes; `mod circle;` loads circle.rs beside it.
mod circle;

pub fn describe(c: &circle::Circle) -> String {
    format!("circle of radius {}", c.radius())
}
