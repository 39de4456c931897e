// `{x}` needs T: Display, and the bound is missing (E0277).
fn show<T>(label: &str, x: T) {
    println!("{label}: {x}");
}

fn main() {
    show("count", 3);
    show("lang", "rust");
}
