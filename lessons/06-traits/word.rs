// Your own trait may be implemented for any type, even str.
trait Shout {
    fn shout(&self) -> String;
}

impl Shout for str {
    fn shout(&self) -> String {
        self.to_uppercase() + "!"
    }
}

fn main() {
    println!("{}", "hello".shout());
    println!("{}", "hello".len()); // a plain &str, no wrapper
}
