use std::fmt;
use std::ops::{Add, AddAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money {
            cents: self.cents + other.cents,
        }
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.cents += other.cents;
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
