use std::f64::consts::PI;

enum Shape {
    Circle(f64),        // radius
    Rect(f64, f64),     // width, height
    Triangle(f64, f64), // base, height: new in this release
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => PI * r * r,
        Shape::Rect(w, h) => w * h,
    }
}

fn main() {
    let shapes = [
        Shape::Circle(1.5),
        Shape::Rect(2.0, 3.5),
        Shape::Triangle(3.0, 5.0),
    ];
    for s in &shapes {
        println!("area {:.2}", area(s));
    }
}
