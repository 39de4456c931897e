use std::collections::HashMap;

#[derive(Debug, Default)]
struct Item {
    qty: u32,
}

fn main() {
    let mut stock: HashMap<&str, Item> = HashMap::new();
    stock.insert("apple", Item { qty: 3 });

    // get_mut lends the value in place; None if the key is missing.
    if let Some(item) = stock.get_mut("apple") {
        item.qty += 2;
    }
    // entry: find or insert, then change it, with one lookup.
    stock.entry("pear").or_default().qty += 4;

    let mut letters: HashMap<char, usize> = HashMap::new();
    for c in "banana".chars() {
        *letters.entry(c).or_insert(0) += 1;
    }

    let mut names: Vec<_> = stock.keys().collect();
    names.sort(); // HashMap order is random: sort before printing
    for name in names {
        println!("{name}: {}", stock[name].qty);
    }
    let mut counts: Vec<_> = letters.into_iter().collect();
    counts.sort();
    println!("{counts:?}");
}
