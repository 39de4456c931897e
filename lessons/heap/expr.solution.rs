use std::fmt;

// An Expr is a number or an operation on two smaller Exprs.
// Box<Expr> is a pointer to a heap Expr: one word, a known size.
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

use Expr::{Add, Mul, Num};

fn add(l: Expr, r: Expr) -> Expr {
    Add(Box::new(l), Box::new(r))
}

fn mul(l: Expr, r: Expr) -> Expr {
    Mul(Box::new(l), Box::new(r))
}

fn eval(e: &Expr) -> i64 {
    match e {
        Num(n) => *n,
        Add(l, r) => eval(l) + eval(r), // &Box<Expr> derefs to &Expr
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
        mul(add(Num(2), Num(3)), Num(4)),
        add(Num(1), mul(Num(2), Num(3))),
    ];
    for e in &exprs {
        println!("{e} = {}", eval(e));
    }
}
