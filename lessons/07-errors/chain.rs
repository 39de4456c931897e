use std::error::Error;
use std::fmt;
use std::iter::successors;
use std::num::ParseIntError;

#[derive(Debug)]
struct PortError(ParseIntError);

impl fmt::Display for PortError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "port value") // this level only; source() has the rest
    }
}

impl Error for PortError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.0)
    }
}

#[derive(Debug)]
struct LoadError(PortError);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "load config")
    }
}

impl Error for LoadError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.0)
    }
}

fn parse_port(s: &str) -> Result<u16, PortError> {
    s.parse().map_err(PortError)
}

fn load_config(port: &str) -> Result<(), LoadError> {
    parse_port(port).map_err(LoadError)?;
    Ok(())
}

// The error, then each source() in turn: what errors.Unwrap walks in Go.
fn chain<'a>(err: &'a (dyn Error + 'static)) -> impl Iterator<Item = &'a (dyn Error + 'static)> {
    successors(Some(err), |&e| e.source())
}

fn main() {
    let err = load_config("http").unwrap_err();
    // Display shows one level; walking source() gives the whole story.
    for e in chain(&err) {
        println!("- {e}");
    }
    // The counterpart of errors.As: the first level of a given type.
    if let Some(p) = chain(&err).find_map(|e| e.downcast_ref::<ParseIntError>()) {
        println!("bad number: {:?}", p.kind());
    }
}
