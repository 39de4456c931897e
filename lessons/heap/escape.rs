struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

// The Go function, word for word: return the address of a local.
fn new_node(val: i32) -> &'static Node {
    let n = Node { val, next: None };
    &n // E0515: n is dropped when the function returns
}

fn main() {
    let a = new_node(1);
    println!("{} {}", a.val, a.next.is_none());
}
