trait Shape {
    fn name(&self) -> &str;
    fn area(&self) -> f64;
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Rect {
    fn name(&self) -> &str {
        "rect"
    }
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

struct Circle {
    r: f64,
}

// TODO: implement Shape for Circle (area = π r², with
// std::f64::consts::PI).

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Rect { w: 3.0, h: 4.0 }),
        Box::new(Circle { r: 1.0 }),
        Box::new(Rect { w: 2.0, h: 2.5 }),
    ];
    for s in &shapes {
        println!("{} {}", s.name(), s.area());
    }
    // TODO: the total line, formatted like the others.
}
