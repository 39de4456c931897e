use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

fn main() {
    let counter = AtomicU64::new(0);
    thread::scope(|s| {
        for _ in 0..10 {
            // a shared borrow is enough: atomics mutate
            // through &self (AtomicU64 is Sync)
            s.spawn(|| {
                for _ in 0..100 {
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    println!("counter = {}", counter.into_inner());
}
