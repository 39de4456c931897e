use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Dir {
    name: String,
    parent: Weak<Dir>, // up: a link that does not own
    children: RefCell<Vec<Rc<Dir>>>,
}

impl Dir {
    fn root() -> Rc<Dir> {
        Rc::new(Dir {
            name: String::new(),
            parent: Weak::new(),
            children: RefCell::new(Vec::new()),
        })
    }

    /// The directory above this one, if it still exists.
    fn parent(&self) -> Option<Rc<Dir>> {
        self.parent.upgrade()
    }
}

/// Creates `name` inside `parent` and returns it.
fn add_child(parent: &Rc<Dir>, name: &str) -> Rc<Dir> {
    let child = Rc::new(Dir {
        name: name.to_string(),
        parent: Rc::downgrade(parent),
        children: RefCell::new(Vec::new()),
    });
    parent.children.borrow_mut().push(Rc::clone(&child));
    child
}

fn main() {
    let root = Dir::root();
    let etc = add_child(&root, "etc");
    println!("root strong count: {}", Rc::strong_count(&root));
    let above = etc.parent().map(|p| p.name.clone());
    println!("{:?} is inside {above:?}", etc.name);
}
