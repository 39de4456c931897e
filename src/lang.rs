use serde::{Deserialize, Serialize};
use std::fmt;

/// The two languages gorust teaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Go,
    Rust,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Go, Lang::Rust];

    /// The lowercase name used in pack files and JSON output.
    pub fn key(self) -> &'static str {
        match self {
            Lang::Go => "go",
            Lang::Rust => "rust",
        }
    }

    /// The source file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Lang::Go => "go",
            Lang::Rust => "rs",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Go => Lang::Rust,
            Lang::Rust => Lang::Go,
        }
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        match key {
            "go" => Some(Lang::Go),
            "rust" => Some(Lang::Rust),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::Go => "Go",
            Lang::Rust => "Rust",
        })
    }
}
