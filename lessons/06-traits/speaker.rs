trait Speaker {
    fn speak(&self) -> String;
}

struct Dog {
    name: String,
}

impl Speaker for Dog {
    fn speak(&self) -> String {
        format!("{}: woof", self.name)
    }
}

struct Robot {
    id: u32,
}

impl Speaker for Robot {
    fn speak(&self) -> String {
        format!("unit {}: beep", self.id)
    }
}

// Static dispatch: one copy of `twice` is compiled per type.
fn twice(s: &impl Speaker) -> String {
    format!("{}, {}", s.speak(), s.speak())
}

fn main() {
    println!("{}", twice(&Robot { id: 7 }));
    // Dynamic dispatch: Box<dyn Speaker> is a pointer plus a vtable.
    let all: Vec<Box<dyn Speaker>> = vec![
        Box::new(Dog { name: "rex".into() }),
        Box::new(Robot { id: 7 }),
    ];
    for s in &all {
        println!("{}", s.speak());
    }
}
