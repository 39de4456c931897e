use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::from([("pear", 4), ("apple", 7)]);
    *stock.entry("fig").or_insert(0) += 2; // insert-or-update
    match stock.get("kiwi") {
        Some(n) => println!("kiwi {n}"), // get returns Option<&i32>
        None => println!("no kiwi"),
    }
    let mut keys: Vec<_> = stock.keys().copied().collect();
    keys.sort(); // HashMap order is random too (seeded hasher)
    for k in keys {
        println!("{k} {}", stock[k]);
    }
}
