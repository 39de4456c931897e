struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _a = Noisy("a");
    let _ = Noisy("temp"); // a temporary bound to `_`: dropped at once
    let kept = Noisy("kept");
    let _ = kept; // a place bound to `_`: nothing moves, nothing drops
    println!("still have {}", kept.0);
    let b = Noisy("b");
    let _c = Noisy("c"); // `_c` is a real binding: lives to the end
    drop(b); // move b into drop(): it ends here
    println!("end of main");
} // the rest drop in reverse order of declaration: c, kept, a
