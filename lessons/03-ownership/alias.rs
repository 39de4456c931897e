// move_all moves every item of src to the end of dst.
fn move_all(dst: &mut Vec<String>, src: &mut Vec<String>) {
    dst.append(src); // Vec::append empties src
}

fn main() {
    let mut inbox = vec!["a".to_string(), "b".to_string()];
    let mut done = vec!["x".to_string()];
    move_all(&mut done, &mut inbox);
    println!("{done:?} {inbox:?}");
    move_all(&mut done, &mut done); // E0499: two &mut at once
    println!("{done:?}");
}
