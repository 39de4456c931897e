#[derive(Default)]
struct Counter {
    n: u32,
}

impl Counter {
    fn inc(&mut self) {
        self.n += 1;
    }
}

trait Incrementer {
    fn inc(&mut self);
}

struct Page {
    hits: Counter, // an ordinary field: nothing is promoted
    title: String,
}

// To satisfy the trait, delegate by hand.
impl Incrementer for Page {
    fn inc(&mut self) {
        self.hits.inc();
    }
}

fn main() {
    let hits = Counter::default();
    let mut p = Page {
        hits,
        title: "home".to_string(),
    };
    p.hits.inc(); // reach through the field
    p.inc(); // or use the trait impl
    println!("{} {}", p.title, p.hits.n);
}
