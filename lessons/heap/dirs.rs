use std::cell::RefCell;
use std::rc::Rc;

struct Dir {
    name: String,
    parent: Option<Rc<Dir>>,
    children: RefCell<Vec<Rc<Dir>>>,
}

impl Dir {
    fn root() -> Rc<Dir> {
        Rc::new(Dir {
            name: String::new(),
            parent: None,
            children: RefCell::new(Vec::new()),
        })
    }

    /// The directory above this one, if it still exists.
    fn parent(&self) -> Option<Rc<Dir>> {
        self.parent.clone()
    }
}

/// Creates `name` inside `parent` and returns it.
fn add_child(parent: &Rc<Dir>, name: &str) -> Rc<Dir> {
    let child = Rc::new(Dir {
        name: name.to_string(),
        parent: Some(Rc::clone(parent)),
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
