struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn consume(n: Noisy) {
    println!("consume {}", n.0);
}

fn main() {
    let _a = Noisy("a");
    let b = Noisy("b");
    {
        let _inner = Noisy("inner");
        consume(b);
    }
    let pair = Pair {
        first: Noisy("first"),
        second: Noisy("second"),
    };
    println!("made {} and {}", pair.first.0, pair.second.0);
    println!("end of main");
}
