use std::thread;

fn main() {
    let mut counter = 0;
    let mut handles = Vec::new();
    for _ in 0..10 {
        // `move` copies `counter` into the closure: an i32 is Copy,
        // so each thread increments a counter of its own
        handles.push(thread::spawn(move || {
            for _ in 0..100 {
                counter += 1;
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("counter = {counter}"); // main's counter was never touched
}
