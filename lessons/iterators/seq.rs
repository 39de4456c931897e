use std::collections::HashMap;

// Countdown yields n, n-1, ..., 1: a struct with a next method.
struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            return None;
        }
        self.0 -= 1;
        Some(self.0 + 1)
    }
}

// The quick way: return any iterator, here a range run backwards.
fn countdown(n: u32) -> impl Iterator<Item = u32> {
    (1..=n).rev()
}

fn main() {
    for i in 0..3 {
        print!("{i} ");
    }
    println!();

    for v in Countdown(5) {
        if v == 2 {
            break; // the iterator is simply not asked again
        }
        print!("{v} ");
    }
    println!();

    println!("{:?}", countdown(3).collect::<Vec<_>>());
    let ages = HashMap::from([("zoe", 19), ("ben", 28), ("ada", 34)]);
    let mut names: Vec<_> = ages.keys().collect();
    names.sort();
    println!("{names:?}");
    for (i, v) in ["a", "b", "c"].iter().enumerate().rev() {
        print!("{i}{v} ");
    }
    println!();
}
