fn main() {
    let mut langs = vec!["rust", "go", "zig", "c", "odin"];

    let zig = langs.iter().position(|&s| s == "zig");
    println!("{} {zig:?}", langs.contains(&"go"));
    let i = langs.iter().position(|s| s.len() > 3);
    println!("{i:?} {:?}", langs.iter().find(|s| s.len() > 3));

    let mut sorted = langs.clone(); // sort works in place
    sorted.sort();
    println!("{sorted:?} {:?}", sorted.binary_search(&"odin"));

    langs.sort_by_key(|s| s.len()); // stable: ties keep their order
    println!("{} {:?}", langs[0], langs.iter().max());
}
