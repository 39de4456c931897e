use std::error::Error as _;
use std::num::ParseIntError;
use thiserror::Error;

// What a library returns: an enum callers can match on.
// thiserror writes the Display and Error impls from the attributes.
#[derive(Debug, Error)]
enum ConfigError {
    #[error("missing key {0}")]
    Missing(&'static str),
    #[error("bad value for {key}")] // the cause is not repeated here
    Bad {
        key: &'static str,
        source: ParseIntError, // a field named source is the cause
    },
}

fn port(cfg: &[(&str, &str)]) -> Result<u16, ConfigError> {
    let (_, raw) = cfg
        .iter()
        .find(|(k, _)| *k == "port")
        .ok_or(ConfigError::Missing("port"))?;
    raw.parse().map_err(|source| ConfigError::Bad {
        key: "port",
        source,
    })
}

fn main() {
    for cfg in [&[("port", "8080")][..], &[], &[("port", "99999")]] {
        match port(cfg) {
            Ok(n) => println!("port {n}"),
            Err(e @ (ConfigError::Missing(key) | ConfigError::Bad { key, .. })) => {
                println!(
                    "error: {e} (key {key}, has cause: {})",
                    e.source().is_some()
                );
            }
        }
    }
}
