mod shapes {
    mod circle {
        // pub, but inside a private module: reachable only
        // through a path that the outside can name
        pub struct Circle {
            pub r: f64,
        }

        pub(crate) fn is_valid(r: f64) -> bool {
            r > 0.0
        }
    }

    // Missing: pub use circle::Circle;
    pub use circle::is_valid; // E0364: is_valid is pub(crate) only

    pub fn unit() -> circle::Circle {
        circle::Circle { r: 1.0 }
    }
}

use shapes::Circle; // E0432: shapes has no item Circle

fn main() {
    let c: Circle = shapes::unit();
    println!("{}", shapes::is_valid(c.r));
    println!("{}", shapes::square::area(c.r)); // E0433: no module square
}
