use std::error::Error;
use std::fmt;

type BoxError = Box<dyn Error + Send + Sync>;

#[derive(Debug)]
struct NotFound;

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "not found")
    }
}

impl Error for NotFound {}

#[derive(Debug)]
struct LineError {
    line: u32,
    source: std::num::ParseIntError,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "line {}", self.line)
    }
}

impl Error for LineError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.source) // the next link of the chain
    }
}

fn port(value: Option<&str>) -> Result<u16, BoxError> {
    let raw = value.ok_or(NotFound)?; // ? boxes any error type
    let n = raw.parse().map_err(|e| LineError { line: 3, source: e })?;
    Ok(n)
}

fn main() {
    for value in [None, Some("80x")] {
        let err = port(value).unwrap_err();
        // Display shows one link; walk source() for the rest
        let mut line = format!("port: {err}");
        let mut next = err.source();
        while let Some(cause) = next {
            line += &format!(": {cause}");
            next = cause.source();
        }
        println!("{line}");
        if err.downcast_ref::<NotFound>().is_some() {
            println!("  -> use the default port");
        } else if let Some(le) = err.downcast_ref::<LineError>() {
            println!("  -> fix line {}", le.line);
        }
    }
}
