use std::sync::Mutex;

fn main() {
    let total = Mutex::new(0);
    let _ = total.lock().unwrap(); // meant to hold the lock for the block
    // ... work that should happen under the lock ...
    *total.lock().unwrap() += 1;
    println!("total = {}", total.lock().unwrap());
}
