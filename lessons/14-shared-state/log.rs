use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut handles = Vec::new();
    for id in 1..=3 {
        let log = Rc::clone(&log);
        handles.push(thread::spawn(move || {
            log.borrow_mut().push(format!("worker {id} started"));
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut lines = log.borrow().clone();
    lines.sort(); // threads finish in any order
    for line in lines {
        println!("{line}");
    }
}
