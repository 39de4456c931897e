mod shapes {
    pub struct Circle {
        radius: u32,
    }

    impl Circle {
        pub fn new(radius: u32) -> Circle {
            Circle { radius }
        }

        pub fn diameter(&self) -> u32 {
            2 * self.radius
        }
    }

    pub fn describe(c: &Circle) -> String {
        format!("circle of radius {}", c.radius)
    }
}

fn main() {
    let c = shapes::Circle::new(5);
    println!("{}", shapes::describe(&c));
    println!("diameter = {}", c.diameter());
}
