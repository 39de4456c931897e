struct Conn;

impl Conn {
    fn close(self) {
        // takes self: after this call the Conn is gone
        println!("closed");
    }
}

fn call_twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let greeting = String::from("hello");
    call_twice(|| println!("{greeting}")); // reads: Fn

    let mut count = 0;
    let mut bump = || count += 1; // changes: FnMut, not Fn
    bump();
    bump();
    println!("count {count}");

    let conn = Conn;
    let close = move || conn.close(); // consumes conn: FnOnce only
    call_twice(close); // E0525: expected Fn, this is FnOnce
}
