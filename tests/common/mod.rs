//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

/// Whether `tool` is on the PATH. A missing toolchain is a failure in CI
/// (env `CI` set), never a silent skip; on a developer's machine the test
/// says SKIP and passes.
pub fn require(tool: &str) -> bool {
    let candidates: Vec<&str> = match tool {
        "cc" => vec!["gcc", "clang", "cc"],
        "clippy" => vec!["clippy-driver"],
        other => vec![other],
    };
    if candidates.iter().any(|name| which::which(name).is_ok()) {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "`{tool}` is not on the PATH, and CI must have every toolchain: install it in .ci/run"
        );
    }
    eprintln!("SKIP: `{tool}` is not on the PATH");
    false
}

/// `tests/fixtures/<relative>`.
pub fn fixture_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(relative)
}

pub fn fixture(relative: &str) -> String {
    let path = fixture_path(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Copies a directory tree (a fixture pack to edit, say).
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
