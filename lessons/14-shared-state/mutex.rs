use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    // the Mutex owns the number; Arc shares the Mutex
    let counter = Arc::new(Mutex::new(0u64));
    let mut handles = Vec::new();
    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..100 {
                // the guard is the only way to reach the number;
                // it unlocks when it is dropped
                *counter.lock().unwrap() += 1;
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("counter = {}", counter.lock().unwrap());
}
