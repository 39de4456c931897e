fn shout(text: &str) -> String {
    text.to_uppercase() + "!"
}

fn main() {
    let greeting = String::from("hello");
    let loud = shout(&greeting); // lend it instead of giving it away
    println!("{greeting} -> {loud}");
}
