struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _a = Noisy("a");
    let _ = Noisy("temp"); // `_` binds nothing: dropped at once
    let b = Noisy("b");
    let _c = Noisy("c"); // `_c` is a real binding: lives to the end
    drop(b); // move b into drop(): it ends here
    let _d = Noisy("d");
    println!("end of main");
} // the rest drop in reverse order of declaration: d, c, a
