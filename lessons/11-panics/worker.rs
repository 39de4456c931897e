use std::thread;

fn main() {
    let handle = thread::spawn(|| {
        println!("worker starting");
        panic!("worker failed"); // unwinds this thread only
    });
    // join() returns Err(payload) if the thread panicked
    match handle.join() {
        Ok(()) => println!("worker finished"),
        Err(_) => println!("worker panicked; main carries on"),
    }
}
