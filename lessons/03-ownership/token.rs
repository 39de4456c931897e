struct Token {
    text: &str, // E0106: missing lifetime specifier
}

fn first_word(input: &str) -> Token {
    let end = input.find(' ').unwrap_or(input.len());
    Token {
        text: &input[..end],
    }
}

fn main() {
    let input = String::from("borrow checker");
    let tok = first_word(&input);
    println!("{}", tok.text);
}
