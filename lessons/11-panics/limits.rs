use std::sync::Mutex;

fn main() {
    // Leaking is safe Rust: this Vec is never freed, and
    // `leaked` is a &'static mut Vec<i32>.
    let leaked = Box::leak(Box::new(vec![1, 2]));
    leaked.push(3);
    println!("leaked: {leaked:?}");

    // So is a self-deadlock. A second m.lock() here would hang
    // forever; try_lock shows the lock is already taken.
    let m = Mutex::new(0);
    let guard = m.lock().unwrap();
    println!("second lock free: {}", m.try_lock().is_ok());
    drop(guard);
    println!("after drop: {}", m.try_lock().is_ok());
}
