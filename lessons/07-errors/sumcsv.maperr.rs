use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Empty,
    BadNumber(ParseIntError),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Empty => write!(f, "empty input"),
            AppError::BadNumber(e) => write!(f, "bad number: {e}"),
        }
    }
}

impl std::error::Error for AppError {}

fn sum_csv(line: &str) -> Result<i64, AppError> {
    if line.trim().is_empty() {
        return Err(AppError::Empty);
    }
    let mut total = 0;
    for part in line.split(',') {
        let n = part.trim().parse::<i64>().map_err(AppError::BadNumber)?;
        total += n;
    }
    Ok(total)
}

fn main() {
    for line in ["1, 2, 3", "", "4, five", "-7,7"] {
        match sum_csv(line) {
            Ok(total) => println!("{line:?} -> {total}"),
            Err(e) => println!("{line:?} -> error: {e}"),
        }
    }
}
