use std::fmt::Debug;

trait Encoder {
    fn encode<T: Debug>(&self, v: T) -> String; // one method per T
}

struct Plain;

impl Encoder for Plain {
    fn encode<T: Debug>(&self, v: T) -> String {
        format!("{v:?}")
    }
}

fn main() {
    // a vtable has one slot per method; `encode` would need one per T
    let encoders: Vec<Box<dyn Encoder>> = vec![Box::new(Plain)];
    for e in &encoders {
        println!("{}", e.encode(42));
    }
}
