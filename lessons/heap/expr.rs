use std::fmt;

// An Expr is a number or an operation on two smaller Exprs.
enum Expr {
    Num(i64),
    Add(Expr, Expr),
    Mul(Expr, Expr),
}

use Expr::{Add, Mul, Num};

fn eval(e: &Expr) -> i64 {
    match e {
        Num(n) => *n,
        Add(l, r) => eval(l) + eval(r),
        Mul(l, r) => eval(l) * eval(r),
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Num(n) => write!(f, "{n}"),
            Add(l, r) => write!(f, "({l} + {r})"),
            Mul(l, r) => write!(f, "({l} * {r})"),
        }
    }
}

fn main() {
    let exprs = [
        Mul(Add(Num(2), Num(3)), Num(4)),
        Add(Num(1), Mul(Num(2), Num(3))),
    ];
    for e in &exprs {
        println!("{e} = {}", eval(e));
    }
}
