use std::rc::Rc;
use std::thread;

fn main() {
    // Rc's reference count is not atomic, so Rc is not Send
    let name = Rc::new(String::from("config"));
    let copy = Rc::clone(&name);
    let h = thread::spawn(move || {
        println!("thread sees {copy}");
    });
    h.join().unwrap();
    println!("main sees {name}");
}
