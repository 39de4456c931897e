trait Incr {
    fn inc(&mut self);
}

#[derive(Clone)]
struct Counter {
    n: i32,
}

impl Counter {
    fn value(&self) -> i32 {
        self.n
    }
}

impl Incr for Counter {
    fn inc(&mut self) {
        self.n += 1;
    }
}

fn bump(x: &mut dyn Incr) {
    x.inc();
}

fn main() {
    let mut c = Counter { n: 0 };
    c.inc(); // the call borrows c mutably: (&mut c).inc()
    bump(&mut c); // a trait object of the borrowed Counter

    let snapshot = c.clone(); // a copy only when you ask for one
    c.inc();
    println!("{} {}", c.value(), snapshot.value());
}
