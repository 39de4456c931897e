//! Material brought from elsewhere: several test files, data files, a
//! learner's own `mod tests`, upstream tests that lint would flag, test
//! exercises without `main` opened in an editor. Real binary, real
//! toolchains, the fixture pack in tests/fixtures/material.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

struct Setup {
    workspace: tempfile::TempDir,
    pack: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        Setup {
            workspace: tempfile::tempdir().unwrap(),
            pack: common::fixture_path("material"),
        }
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("gorust").unwrap();
        cmd.arg("--workspace")
            .arg(self.workspace.path())
            .arg("--lessons")
            .arg(&self.pack)
            .env("GORUST_CACHE_DIR", cache_dir())
            .env("NO_COLOR", "1")
            .env_remove("RUST_BACKTRACE");
        cmd
    }

    /// `check --json`, whatever its exit code.
    fn check(&self, id: &str) -> Value {
        let out = self.cmd().args(["check", "--json", id]).output().unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "check {id}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The learner's main file of an exercise (created by the check's
    /// first run, or by `list`).
    fn main_file(&self, id: &str) -> PathBuf {
        let list = self.json(&["list", "--json"]);
        list["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|l| l["exercises"].as_array().unwrap())
            .find(|e| e["id"] == id)
            .map(|e| PathBuf::from(e["path"].as_str().unwrap()))
            .unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Writes a fixture over the learner's file `name` of exercise `id`.
    fn write(&self, id: &str, name: &str, fixture: &str) {
        let dir = self.main_file(id).parent().unwrap().to_path_buf();
        std::fs::write(
            dir.join(name),
            common::fixture(&format!("material/{fixture}")),
        )
        .unwrap();
    }
}

fn cache_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("gorust-cache")
}

/// Every text of a verdict the learner may read, in one string.
fn shown(verdict: &Value) -> String {
    format!(
        "{}\n{}\n{}",
        verdict["outcome"], verdict["stdout"], verdict["stderr"]
    )
}

fn outcome(verdict: &Value) -> &str {
    verdict["verdict"].as_str().unwrap()
}

// ------------------------------------------- a learner's own `mod tests`

#[test]
fn a_learners_own_tests_module_does_not_clash_with_the_packs_tests() {
    if !common::require("rustc") {
        return;
    }
    let setup = Setup::new();
    let id = "suites-own-tests";
    let starter = setup.check(id);
    assert_eq!(outcome(&starter), "tests-failed", "{starter:#}");
    let text = shown(&starter);
    assert!(!text.contains("E0428"), "{text}");
    // The failure names the pack's test file, relative to the exercise
    // folder, and that file is there beside the learner's copy.
    assert!(text.contains("panicked at own_test.rs:10:5"), "{text}");
    let dir = setup.main_file(id).parent().unwrap().to_path_buf();
    let test_file = dir.join("own_test.rs");
    assert_eq!(
        std::fs::read_to_string(&test_file).unwrap(),
        common::fixture("material/suites/own_test.rs")
    );
    assert!(
        std::fs::metadata(&test_file)
            .unwrap()
            .permissions()
            .readonly()
    );
    // The learner's own tests run too, beside the pack's.
    assert!(text.contains("test tests::doubles_two ... ok"), "{text}");

    setup.write(id, "own.rs", "suites/own.solution.rs");
    let solved = setup.check(id);
    assert_eq!(outcome(&solved), "passed", "{solved:#}");
}

#[test]
fn no_diagnostic_names_a_path_into_the_cache() {
    if !common::require("rustc") || !common::require("go") {
        return;
    }
    let setup = Setup::new();
    let cache = cache_dir().display().to_string();
    let workspace = setup.workspace.path().display().to_string();
    for (id, broken, expected, place) in [
        (
            "suites-own-tests",
            "suites/own.broken.rs",
            "compile-error",
            "own.rs:2:5",
        ),
        (
            "nomain-go",
            "nomain/scale.broken.go",
            "compile-error",
            "scale.go:5:9",
        ),
    ] {
        let name = Path::new(broken).file_name().unwrap().to_str().unwrap();
        let target = name.replace(".broken", "");
        setup.check(id);
        setup.write(id, &target, broken);
        let verdict = setup.check(id);
        assert_eq!(outcome(&verdict), expected, "{verdict:#}");
        let text = shown(&verdict);
        assert!(text.contains(place), "{id}: {text}");
        assert!(!text.contains(&cache), "{id}: {text}");
        assert!(!text.contains(&workspace), "{id}: {text}");
    }
}
