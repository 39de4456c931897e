use std::{fmt, num::ParseIntError};

#[derive(Debug)]
enum ConfigError {
    MissingEquals(String),
    BadPort(ParseIntError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingEquals(l) => {
                write!(f, "parsing {l:?}: missing '='")
            }
            Self::BadPort(e) => write!(f, "port value: {e}"),
        }
    }
}

impl std::error::Error for ConfigError {}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadPort(e) // what `?` calls on an Err
    }
}

fn parse_port(line: &str) -> Result<u16, ConfigError> {
    let (_key, val) = line
        .split_once('=')
        .ok_or_else(|| ConfigError::MissingEquals(line.to_string()))?;
    Ok(val.parse::<u16>()?)
}

fn main() {
    for line in ["port=8080", "port8080", "port=http", "port=70000"] {
        match parse_port(line) {
            Ok(n) => println!("port {n}"),
            Err(e @ ConfigError::MissingEquals(_)) => {
                println!("syntax error: {e}")
            }
            Err(e) => println!("error: {e}"),
        }
    }
}
