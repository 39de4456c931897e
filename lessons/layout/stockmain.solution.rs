mod inventory;

use inventory::Stock;

fn main() {
    for s in [Stock::new("bolts", 3, 10), Stock::new("nuts", 10, 10)] {
        println!("{}", s.report());
    }
}
