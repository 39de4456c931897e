use std::thread;

fn main() {
    let mut counter = 0;
    let mut handles = Vec::new();
    for _ in 0..10 {
        // each thread would need `&mut counter` at the same
        // time, and a thread may outlive `main`'s frame
        handles.push(thread::spawn(|| {
            for _ in 0..100 {
                counter += 1;
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("counter = {counter}");
}
