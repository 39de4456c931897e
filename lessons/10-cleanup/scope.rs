struct Conn {
    name: &'static str,
}

fn open(name: &'static str) -> Conn {
    println!("open {name}");
    Conn { name }
}

impl Drop for Conn {
    fn drop(&mut self) {
        println!("close {}", self.name);
    }
}

fn work() {
    let _a = open("a");
    {
        let _b = open("b");
        println!("inner block ends");
    } // _b's owner goes out of scope: dropped here
    println!("work ends");
}

fn main() {
    work();
    println!("back in main");
}
