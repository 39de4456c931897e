// fn main is the entry point; println! is a macro (note the `!`).
fn main() {
    let langs = ["Go", "Rust"];
    for (i, name) in langs.iter().enumerate() {
        println!("{}: hello from {name}", i + 1);
    }
}
