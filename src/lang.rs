use serde::{Deserialize, Serialize};
use std::fmt;

/// The two languages gorust teaches (`go`, `rust` in files, JSON and on
/// the command line).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
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

/// One value per language, indexed by [`Lang`]: a Go and a Rust program,
/// their runs, their scroll offsets. Which one is shown first is a matter
/// of display, decided elsewhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PerLang<T> {
    pub go: T,
    pub rust: T,
}

impl<T> PerLang<T> {
    pub fn from_fn(mut f: impl FnMut(Lang) -> T) -> PerLang<T> {
        PerLang {
            go: f(Lang::Go),
            rust: f(Lang::Rust),
        }
    }

    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> PerLang<U> {
        PerLang {
            go: f(self.go),
            rust: f(self.rust),
        }
    }

    pub fn as_ref(&self) -> PerLang<&T> {
        PerLang {
            go: &self.go,
            rust: &self.rust,
        }
    }

    /// (language, value) pairs, Go first.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        [(Lang::Go, &self.go), (Lang::Rust, &self.rust)].into_iter()
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        [&self.go, &self.rust].into_iter()
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        [&mut self.go, &mut self.rust].into_iter()
    }
}

impl<T> std::ops::Index<Lang> for PerLang<T> {
    type Output = T;
    fn index(&self, lang: Lang) -> &T {
        match lang {
            Lang::Go => &self.go,
            Lang::Rust => &self.rust,
        }
    }
}

impl<T> std::ops::IndexMut<Lang> for PerLang<T> {
    fn index_mut(&mut self, lang: Lang) -> &mut T {
        match lang {
            Lang::Go => &mut self.go,
            Lang::Rust => &mut self.rust,
        }
    }
}

/// A Go language version as written in `go.mod` (`1.22`), which decides the
/// language features a program may use (per-iteration loop variables from
/// 1.22, range over functions from 1.23, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GoVersion {
    pub major: u32,
    pub minor: u32,
}

impl GoVersion {
    /// The oldest Go gorust supports, and the default of a pack.
    pub const MIN: GoVersion = GoVersion {
        major: 1,
        minor: 22,
    };

    /// Parses `1.23` (a language version, as in `go.mod`). A patch part
    /// (`1.23.4`) or a prefix (`go1.23`) is refused: a pack names the
    /// language version, not a release.
    pub fn parse(text: &str) -> Option<GoVersion> {
        let (major, minor) = text.trim().split_once('.')?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(major) || !digits(minor) {
            return None;
        }
        Some(GoVersion {
            major: major.parse().ok()?,
            minor: minor.parse().ok()?,
        })
    }
}

impl fmt::Display for GoVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::GoVersion;

    #[test]
    fn go_versions_parse_and_order() {
        let v = |s| GoVersion::parse(s).unwrap();
        assert_eq!(v("1.22"), GoVersion::MIN);
        assert!(v("1.9") < v("1.22"));
        assert!(v("1.26") > v("1.25"));
        assert_eq!(v("1.23").to_string(), "1.23");
        for bad in ["", "1", "1.", "go1.23", "1.23.4", "1.x", " .2"] {
            assert_eq!(GoVersion::parse(bad), None, "{bad:?}");
        }
    }
}
