use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    // Arc: an atomic reference count (Send + Sync)
    // Mutex: exclusive access from any thread (Sync)
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for id in 1..=3 {
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            log.lock().unwrap().push(format!("worker {id} started"));
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut lines = log.lock().unwrap().clone();
    lines.sort(); // threads finish in any order
    for line in lines {
        println!("{line}");
    }
}
