use std::collections::HashMap;
use std::fmt;

#[derive(Debug)]
enum ReserveError {
    UnknownItem(String),
    OutOfStock { item: String, want: u32, have: u32 },
}

impl fmt::Display for ReserveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReserveError::UnknownItem(item) => {
                write!(f, "reserve {item:?}: unknown item")
            }
            ReserveError::OutOfStock { item, want, have } => {
                write!(f, "reserve: {item}: want {want}, have {have}")
            }
        }
    }
}

impl std::error::Error for ReserveError {}

fn reserve(stock: &mut HashMap<String, u32>, item: &str, qty: u32) -> Result<(), ReserveError> {
    let have = stock
        .get_mut(item)
        .ok_or_else(|| ReserveError::UnknownItem(item.to_string()))?;
    if qty > *have {
        return Err(ReserveError::OutOfStock {
            item: item.to_string(),
            want: qty,
            have: *have,
        });
    }
    *have -= qty;
    Ok(())
}

fn main() {
    let mut stock = HashMap::from([("apple".to_string(), 10), ("pear".to_string(), 2)]);
    for (item, qty) in [("apple", 2), ("kiwi", 1), ("pear", 5), ("apple", 9)] {
        match reserve(&mut stock, item, qty) {
            Ok(()) => println!("ok: {qty} x {item}"),
            Err(e @ ReserveError::OutOfStock { want, have, .. }) => {
                println!("short by {}: {e}", want - have)
            }
            Err(e) => println!("rejected: {e}"),
        }
    }
}
