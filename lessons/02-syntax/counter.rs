struct Counter {
    count: u32,
}

impl Counter {
    fn bump(&self) {
        self.count += 1;
    }
}

fn main() {
    let c = Counter { count: 0 };
    let total = 0;
    for _ in 0..3 {
        c.bump();
        total += 1;
    }
    println!("count = {} total = {total}", c.count);
}
