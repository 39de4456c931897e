struct Counter {
    name: String,
    n: u32,
}

impl Counter {
    // A constructor is just a function returning Self.
    fn new(name: &str) -> Self {
        Counter {
            name: name.to_string(),
            n: 0,
        }
    }
    // &mut self: borrows the caller's Counter exclusively.
    fn bump(&mut self) {
        self.n += 1;
    }
    // &self: a shared, read-only borrow.
    fn label(&self) -> String {
        format!("{}={}", self.name, self.n)
    }
}

fn main() {
    let mut c = Counter::new("clicks"); // `mut` so bump can borrow it
    c.bump(); // Rust takes &mut c for you
    c.bump();
    println!("{}", c.label());
}
