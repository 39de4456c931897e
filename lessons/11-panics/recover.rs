use std::panic;

// run calls job and turns a panic into a report.
fn run(name: &str, job: fn()) {
    match panic::catch_unwind(job) {
        Ok(()) => println!("{name} ok"),
        Err(payload) => {
            // a literal message is a &str, a formatted one a String
            let msg = payload.downcast_ref::<&str>().unwrap_or(&"?");
            println!("{name} failed: {msg}");
        }
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {})); // silence the stderr report
    run("first", || {});
    run("second", || panic!("disk on fire"));
    run("third", || {});
}
