// This program does not compile, on purpose: lesson.yaml says
// `expect: rust: compile-error E0382`, and `validate` checks rustc agrees.
fn main() {
    let a = String::from("hello");
    let b = a; // the String moves to `b`
    println!("{a} {b}"); // E0382: borrow of moved value: `a`
}
