struct Counter {
    count: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.count += 1;
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    let mut total = 0;
    for _ in 0..3 {
        c.bump();
        total += 1;
    }
    println!("count = {} total = {total}", c.count);
}
