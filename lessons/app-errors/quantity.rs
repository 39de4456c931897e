use std::error::Error;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum OrderError {
    #[error("line {line}: missing quantity")]
    Missing { line: usize },
    #[error("line {line}: bad quantity")]
    BadQuantity { line: usize, reason: String },
}

pub fn parse_quantity(line: usize, text: &str) -> Result<u32, OrderError> {
    if text.is_empty() {
        return Err(OrderError::Missing { line });
    }
    text.parse()
        .map_err(|e: std::num::ParseIntError| OrderError::BadQuantity {
            line,
            reason: e.to_string(),
        })
}

fn main() {
    for (line, text) in [(1, "3"), (2, ""), (3, "three")] {
        match parse_quantity(line, text) {
            Ok(q) => println!("quantity {q}"),
            Err(e) => println!("{e} (caused by: {:?})", e.source().map(|s| s.to_string())),
        }
    }
}
