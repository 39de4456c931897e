mod shapes; // loads shapes.rs, beside this file

use shapes::Circle;

fn main() {
    let c = Circle::new(2.0);
    println!("area {:.2}", c.area());
    println!("{}", shapes::describe(&c));
}
