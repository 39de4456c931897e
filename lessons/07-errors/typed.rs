use std::collections::HashMap;
use std::fmt;

// TODO: add the variants UnknownItem(String) and
// OutOfStock { item: String, want: u32, have: u32 }.
#[derive(Debug)]
enum ReserveError {}

impl fmt::Display for ReserveError {
    fn fmt(&self, _f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // TODO: UnknownItem -> reserve "<item>": unknown item
        //       OutOfStock  -> reserve: <item>: want <n>, have <n>
        match *self {}
    }
}

impl std::error::Error for ReserveError {}

fn reserve(stock: &mut HashMap<String, u32>, item: &str, qty: u32) -> Result<(), ReserveError> {
    // TODO: unknown item -> Err(UnknownItem); not enough -> Err(OutOfStock);
    // otherwise subtract qty from the stock. Try `?` for the lookup.
    let _ = (stock, item, qty);
    todo!("translate reserve() from the Go version")
}

fn main() {
    let mut stock = HashMap::from([("apple".to_string(), 10), ("pear".to_string(), 2)]);
    for (item, qty) in [("apple", 2), ("kiwi", 1), ("pear", 5), ("apple", 9)] {
        // TODO: print "ok: <qty> x <item>", "short by <want-have>: <err>",
        // or "rejected: <err>", like the Go version does.
        let _ = reserve(&mut stock, item, qty);
    }
}
