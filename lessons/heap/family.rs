use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Dir {
    name: String,
    parent: Weak<Dir>,               // up: does not own
    children: RefCell<Vec<Rc<Dir>>>, // down: owns
}

fn add(parent: &Rc<Dir>, name: &str) -> Rc<Dir> {
    let child = Rc::new(Dir {
        name: name.to_string(),
        parent: Rc::downgrade(parent),
        children: RefCell::new(Vec::new()),
    });
    parent.children.borrow_mut().push(Rc::clone(&child));
    child
}

fn path(dir: &Rc<Dir>) -> String {
    let mut parts = Vec::new();
    let mut cur = Rc::clone(dir);
    // upgrade() gives Some(Rc) while the parent is alive
    while let Some(parent) = cur.parent.upgrade() {
        parts.push(cur.name.clone());
        cur = parent;
    }
    parts.reverse();
    format!("/{}", parts.join("/"))
}

fn main() {
    let root = Rc::new(Dir {
        name: String::new(),
        parent: Weak::new(), // a Weak that never upgrades
        children: RefCell::new(Vec::new()),
    });
    let usr = add(&root, "usr");
    let bin = add(&add(&usr, "local"), "bin");
    println!("{}", path(&bin));
    println!(
        "root: {} strong, {} weak",
        Rc::strong_count(&root),
        Rc::weak_count(&root)
    );

    drop(root); // the only owner of the root: it is freed now
    println!("usr's parent alive: {}", usr.parent.upgrade().is_some());
    println!("{}", path(&bin));
}
