use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

fn main() {
    let price = Money { cents: 1999 };
    let shipping = Money { cents: 450 };
    println!("{price} + {shipping} = {}", price + shipping);
    let mut cart = Money { cents: 0 };
    for item in [price, price, shipping] {
        cart += item;
    }
    println!("cart: {cart}");
}
