use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    NoEquals,
    BadPort(ParseIntError),
}

fn parse_port(line: &str) -> Result<u16, ConfigError> {
    // ok_or turns the Option into a Result; `?` passes Err up as is.
    let (_k, v) = line.split_once('=').ok_or(ConfigError::NoEquals)?;
    let port = v.parse::<u16>()?; // Err is a ParseIntError...
    Ok(port) // ...but this function returns ConfigError
}

fn main() {
    println!("{:?}", parse_port("port=8080"));
    println!("{:?}", parse_port("port=http"));
}
