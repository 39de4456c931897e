// A node that contains the next node, not a pointer to it.
struct Node {
    val: i32,
    next: Option<Node>, // E0072: Node would contain itself
}

fn main() {
    let mut head: Option<Node> = None;
    for v in [3, 2, 1] {
        head = Some(Node { val: v, next: head });
    }
    let mut cur = head.as_ref();
    while let Some(n) = cur {
        print!("{} ", n.val);
        cur = n.next.as_ref();
    }
    println!();
}
