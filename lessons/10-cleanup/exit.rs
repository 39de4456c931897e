struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop cleanup");
    }
}

fn main() {
    let _g = Guard;
    let leaked = Guard;
    std::mem::forget(leaked); // safe code: its Drop never runs
    println!("exiting");
    std::process::exit(0); // ends the process: _g never drops
}
