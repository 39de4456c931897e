//! Which toolchains this machine has, and what to do about missing ones.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;

use super::CancelToken;
use super::process::{self, Invocation, find_program, neutral_dir};

/// The oldest Go that builds our exercises: `go 1.22` in go.mod gives
/// per-iteration loop variables and `range` over an int.
pub const MIN_GO: (u32, u32) = (1, 22);
/// The oldest Rust with edition 2024.
pub const MIN_RUST: (u32, u32) = (1, 85);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tool {
    Go,
    Rustc,
    Cargo,
    /// `clippy-driver` / `cargo clippy`, for Rust lint checks.
    Clippy,
    /// A C compiler, which Go's race detector needs (cgo).
    Cc,
}

impl Tool {
    pub const ALL: [Tool; 5] = [Tool::Go, Tool::Rustc, Tool::Cargo, Tool::Clippy, Tool::Cc];

    /// The name shown to people and used in [`super::Outcome::ToolchainMissing`].
    pub fn name(self) -> &'static str {
        match self {
            Tool::Go => "go",
            Tool::Rustc => "rustc",
            Tool::Cargo => "cargo",
            Tool::Clippy => "clippy",
            Tool::Cc => "cc",
        }
    }

    fn minimum(self) -> Option<(u32, u32)> {
        match self {
            Tool::Go => Some(MIN_GO),
            Tool::Rustc | Tool::Cargo => Some(MIN_RUST),
            Tool::Clippy | Tool::Cc => None,
        }
    }

    /// How to get this tool.
    pub fn install_help(self) -> &'static str {
        match self {
            Tool::Go => {
                "Install Go 1.22 or newer from https://go.dev/dl or with your package manager \
                 (e.g. `sudo apt install golang-go`, `brew install go`), make sure `go` is on your PATH, \
                 then open a new terminal."
            }
            Tool::Rustc | Tool::Cargo => {
                "Install Rust 1.85 or newer with rustup (https://rustup.rs), or update an existing \
                 installation with `rustup update stable`; make sure `rustc` and `cargo` are on your PATH."
            }
            Tool::Clippy => "Install clippy with `rustup component add clippy`.",
            Tool::Cc => {
                "Go's race detector needs a C compiler: install gcc or clang \
                 (e.g. `sudo apt install gcc`, or `xcode-select --install` on macOS)."
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum ToolStatus {
    Found {
        path: PathBuf,
        version: String,
    },
    TooOld {
        path: PathBuf,
        version: String,
        need: String,
    },
    Missing,
}

impl ToolStatus {
    pub fn path(&self) -> Option<&Path> {
        match self {
            ToolStatus::Found { path, .. } => Some(path),
            _ => None,
        }
    }

    /// Exactly what is wrong and how to fix it; `None` when the tool is fine.
    pub fn help(&self, tool: Tool) -> Option<String> {
        match self {
            ToolStatus::Found { .. } => None,
            ToolStatus::Missing => Some(format!(
                "`{}` was not found on your PATH. {}",
                command_name(tool),
                tool.install_help()
            )),
            ToolStatus::TooOld {
                path,
                version,
                need,
            } => Some(format!(
                "{} {version} at {} is too old: gorust needs {need} or newer. {}",
                tool.name(),
                path.display(),
                tool.install_help()
            )),
        }
    }
}

/// What was found, detected once per [`super::Runner`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Toolchains {
    pub go: ToolStatus,
    pub rustc: ToolStatus,
    pub cargo: ToolStatus,
    pub clippy: ToolStatus,
    pub cc: ToolStatus,
}

impl Toolchains {
    pub fn status(&self, tool: Tool) -> &ToolStatus {
        match tool {
            Tool::Go => &self.go,
            Tool::Rustc => &self.rustc,
            Tool::Cargo => &self.cargo,
            Tool::Clippy => &self.clippy,
            Tool::Cc => &self.cc,
        }
    }
}

fn command_name(tool: Tool) -> &'static str {
    match tool {
        Tool::Clippy => "clippy-driver",
        Tool::Cc => "gcc",
        other => other.name(),
    }
}

/// Where a tool is, without running it: the cheap part of detection.
pub(crate) fn find_tool(tool: Tool, search_path: Option<&OsStr>) -> Option<PathBuf> {
    match tool {
        // Go runs `gcc` unless CC says otherwise; we set CC to what we find.
        Tool::Cc => ["gcc", "clang", "cc"]
            .iter()
            .find_map(|name| find_program(name, search_path)),
        // clippy-driver belongs next to the rustc it was built with.
        Tool::Clippy => find_program("rustc", search_path)
            .and_then(|rustc| {
                let beside = rustc.with_file_name("clippy-driver");
                beside.is_file().then_some(beside)
            })
            .or_else(|| find_program("clippy-driver", search_path)),
        other => find_program(other.name(), search_path),
    }
}

/// Finds one tool in `search_path` (or the process's PATH when `None`) and
/// asks it for its version.
pub(crate) fn detect_tool(tool: Tool, search_path: Option<&OsStr>) -> ToolStatus {
    let Some(path) = find_tool(tool, search_path) else {
        return ToolStatus::Missing;
    };
    let version_arg = if tool == Tool::Go {
        "version"
    } else {
        "--version"
    };
    let mut invocation = Invocation::new(&path, neutral_dir())
        .arg(version_arg)
        // `go version` must not try to download a newer toolchain.
        .env("GOTOOLCHAIN", "local")
        .timeout(Duration::from_secs(30))
        .output_cap(64 * 1024);
    if let Some(search_path) = search_path {
        invocation = invocation.env("PATH", search_path);
    }
    let finished = match process::run(&invocation, &CancelToken::default(), &mut |_, _| {}) {
        Ok(finished) if finished.success() => finished,
        // A rustup proxy without a toolchain, a broken install: not usable.
        _ => return ToolStatus::Missing,
    };
    let text = finished.stdout_text();
    let first_line = text.lines().next().unwrap_or_default();
    let version = parse_version(first_line).unwrap_or_else(|| first_line.trim().to_string());
    match (tool.minimum(), version_numbers(&version)) {
        (Some(need), Some(have)) if have < need => ToolStatus::TooOld {
            path,
            version,
            need: format!("{}.{}", need.0, need.1),
        },
        _ => ToolStatus::Found { path, version },
    }
}

/// The first `N.N[.N]` in a version line: `go version go1.26.8 linux/amd64`
/// gives `1.26.8`, `rustc 1.95.0 (59807616e 2026-04-14)` gives `1.95.0`.
pub(crate) fn parse_version(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if bytes[start].is_ascii_digit() && (start == 0 || !bytes[start - 1].is_ascii_digit()) {
            let end = line[start..]
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .map_or(line.len(), |offset| start + offset);
            let candidate = line[start..end].trim_end_matches('.');
            if candidate.contains('.') {
                return Some(candidate.to_string());
            }
            start = end;
        } else {
            start += 1;
        }
    }
    None
}

/// The Go language version of a detected toolchain version (`1.26.8`).
pub(crate) fn language_version(version: &str) -> Option<crate::GoVersion> {
    let (major, minor) = version_numbers(version)?;
    Some(crate::GoVersion { major, minor })
}

fn version_numbers(version: &str) -> Option<(u32, u32)> {
    let mut parts = version.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_found_in_version_lines() {
        for (line, version) in [
            ("go version go1.26.8 linux/amd64", "1.26.8"),
            ("go version go1.22 linux/amd64", "1.22"),
            ("rustc 1.95.0 (59807616e 2026-04-14)", "1.95.0"),
            ("gcc (Debian 12.2.0-14) 12.2.0", "12.2.0"),
        ] {
            assert_eq!(parse_version(line).as_deref(), Some(version), "{line}");
        }
        assert_eq!(parse_version("no version here 42"), None);
        assert_eq!(version_numbers("1.21.5"), Some((1, 21)));
        assert!(version_numbers("1.21.5") < Some(MIN_GO));
    }

    #[test]
    fn an_empty_path_finds_nothing() {
        for tool in Tool::ALL {
            let status = detect_tool(tool, Some(OsStr::new("")));
            assert_eq!(status, ToolStatus::Missing, "{tool:?}");
            let help = status.help(tool).unwrap_or_default();
            assert!(help.contains("was not found"), "{help}");
        }
    }
}
