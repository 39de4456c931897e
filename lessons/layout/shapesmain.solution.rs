mod shapes; // loads shapes/mod.rs (or shapes.rs)

use shapes::Circle;

fn main() {
    let c = Circle::new(2.0);
    println!("area {:.2}", c.area());
    println!("{}", shapes::describe(&c));
}
