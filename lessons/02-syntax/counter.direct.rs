struct Counter {
    count: u32,
}

impl Counter {
    #[allow(dead_code)]
    fn bump(&self) {}
}

fn main() {
    let mut c = Counter { count: 0 };
    let mut total = 0;
    for _ in 0..3 {
        c.count += 1; // bump() is never called
        total += 1;
    }
    println!("count = {} total = {total}", c.count);
}
