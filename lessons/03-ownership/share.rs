#[derive(Clone)]
struct Buffer {
    name: String,
    data: Vec<i32>,
}

fn fill(b: &mut Buffer, n: i32) {
    for i in 0..n {
        b.data.push(i * i); // may reallocate; the old block is freed
    }
}

fn main() {
    let mut a = Buffer {
        name: "a".into(),
        data: Vec::new(),
    };
    fill(&mut a, 4); // lend a exclusively; a stays the owner
    let mut b = a; // MOVE: `a` is unusable from here on
    b.name = "b".into(); // the old "a" String is freed right here
    println!("{} {:?}", b.name, b.data);

    let mut c = b.clone(); // an explicit deep copy
    c.data[0] = 99; // b is unaffected
    println!("{} {}", b.data[0], c.data[0]);
} // c, then b, go out of scope: their memory is freed here
