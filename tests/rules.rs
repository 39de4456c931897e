//! Exercise rules with the real toolchains: a passing program that breaks a
//! rule gets Rule not met, a pattern in a comment or a literal never counts,
//! and a rule never hides a failing check.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use gorust::engine::Engine;
use gorust::pack::{self, ExerciseKind};
use gorust::runner::{CancelToken, NoEvents, Outcome};
use std::path::{Path, PathBuf};

const LESSON: &str = "id: rules
title: Rules
summary: Rules in both languages.
pages:
  - title: P
    text: t
exercises:
  - id: rules-go
    title: Go
    lang: go
    task: Print ok, with defer and without panic.
    file: main.go
    solution: main.solution.go
    stdout: |
      ok
    rules:
      - forbid: '\\bpanic\\('
        message: Return an error instead of panicking.
      - require: '\\bdefer\\b'
        message: Print with defer.
  - id: rules-rust
    title: Rust
    lang: rust
    task: Print ok, with a for loop and without clone.
    file: main.rs
    solution: main.solution.rs
    stdout: |
      ok
    rules:
      - forbid: '\\.clone\\(\\)'
        message: Borrow instead of cloning.
      - require: '\\bfor\\b'
        message: Use a for loop.
";

const GO_OK: &str = "package main

import \"fmt\"

// Never call panic( here; \"defer\" is in this comment only.
func main() {
\tnote := \"panic(\\\"no\\\")\"
\t_ = note
\tr := 'x'
\t_ = r
\tdefer fmt.Println(\"ok\")
}
";

const RUST_OK: &str = "fn main() {
    // s.clone() is what we avoid
    let s = String::from(\"ok .clone()\");
    let raw = r#\"x.clone() \"#;
    let _ = raw;
    for w in s.split(' ').take(1) {
        println!(\"{w}\");
    }
}
";

struct Setup {
    _tmp: tempfile::TempDir,
    engine: Engine,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pack");
    let files = [
        ("pack.yaml", "title: Rules\nlessons: [rules]\n"),
        ("rules/lesson.yaml", LESSON),
        ("rules/main.go", "package main\n\nfunc main() {}\n"),
        ("rules/main.solution.go", GO_OK),
        ("rules/main.rs", "fn main() {}\n"),
        ("rules/main.solution.rs", RUST_OK),
    ];
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let loaded = pack::load_dir(&dir);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    // A workspace root shared by the tests, so its build cache is warm.
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rules-ws");
    let engine = Engine::with_pack(loaded, &root).unwrap();
    Setup { _tmp: tmp, engine }
}

fn judge(s: &Setup, id: &str, file: &str, text: &str) -> Outcome {
    let (lesson, exercise) = s.engine.pack().exercise(id).unwrap();
    let ExerciseKind::Code(code) = &exercise.kind else {
        panic!("code exercise")
    };
    s.engine
        .judge_files(
            lesson,
            exercise,
            code,
            vec![(PathBuf::from(file), text.to_owned())],
            None,
            &NoEvents,
            &CancelToken::default(),
        )
        .outcome
}

fn rule_failed(message: &str, file: Option<&str>, line: Option<u32>) -> Outcome {
    Outcome::RuleFailed {
        message: message.to_owned(),
        file: file.map(str::to_owned),
        line,
    }
}

#[test]
fn go_rules_in_both_directions() {
    if !common::require("go") {
        return;
    }
    let s = setup();
    // Patterns inside comments, strings and runes never count.
    assert_eq!(judge(&s, "rules-go", "main.go", GO_OK), Outcome::Passed);

    let panics = GO_OK.replace(
        "\tdefer fmt.Println(\"ok\")\n",
        "\tdefer fmt.Println(\"ok\")\n\tif len(note) == 0 {\n\t\tpanic(\"empty\")\n\t}\n",
    );
    assert_eq!(
        judge(&s, "rules-go", "main.go", &panics),
        rule_failed(
            "Return an error instead of panicking.",
            Some("main.go"),
            Some(13)
        )
    );

    let no_defer = GO_OK.replace("\tdefer fmt.Println", "\tfmt.Println");
    assert_eq!(
        judge(&s, "rules-go", "main.go", &no_defer),
        rule_failed("Print with defer.", None, None)
    );

    // A wrong output is reported as such even when a rule is broken too.
    let wrong = no_defer.replace("Println(\"ok\")", "Println(\"ko\")");
    assert!(
        matches!(
            judge(&s, "rules-go", "main.go", &wrong),
            Outcome::WrongOutput { .. }
        ),
        "rules never hide a failing check"
    );
}

#[test]
fn rust_rules_in_both_directions() {
    if !common::require("rustc") {
        return;
    }
    let s = setup();
    assert_eq!(judge(&s, "rules-rust", "main.rs", RUST_OK), Outcome::Passed);

    let clones = RUST_OK.replace("for w in s.split", "for w in s.clone().split");
    assert_eq!(
        judge(&s, "rules-rust", "main.rs", &clones),
        rule_failed("Borrow instead of cloning.", Some("main.rs"), Some(6))
    );

    let no_for = "fn main() {\n    // for ever\n    let s = \"for\";\n    let _ = s;\n    println!(\"ok\");\n}\n";
    assert_eq!(
        judge(&s, "rules-rust", "main.rs", no_for),
        rule_failed("Use a for loop.", None, None)
    );

    let broken = clones.replace("println!", "printn!");
    assert!(
        matches!(
            judge(&s, "rules-rust", "main.rs", &broken),
            Outcome::CompileError { .. }
        ),
        "a build error stays a build error"
    );
}

/// The learner's side: `gorust check --json` on an edited copy says
/// `rule-failed` with the rule's message, file and line.
#[test]
fn check_json_reports_a_broken_rule() {
    if !common::require("rustc") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    for (path, text) in [
        ("pack.yaml", "title: Rules\nlessons: [rules]\n"),
        ("rules/lesson.yaml", LESSON),
        ("rules/main.go", "package main\n\nfunc main() {}\n"),
        ("rules/main.solution.go", GO_OK),
        ("rules/main.rs", "fn main() {}\n"),
        ("rules/main.solution.rs", RUST_OK),
    ] {
        let path = pack.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let ws = tmp.path().join("ws");
    let gorust = || {
        let mut cmd = assert_cmd::Command::cargo_bin("gorust").unwrap();
        cmd.arg("--workspace")
            .arg(&ws)
            .arg("--lessons")
            .arg(&pack)
            .env(
                "GORUST_CACHE_DIR",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("gorust-cache"),
            )
            .env("NO_COLOR", "1");
        cmd
    };
    let out = gorust().args(["list", "--json"]).output().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let copy = list["lessons"][0]["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "rules-rust")
        .and_then(|e| e["path"].as_str())
        .unwrap()
        .to_owned();
    let clones = RUST_OK.replace("for w in s.split", "for w in s.clone().split");
    std::fs::write(&copy, clones).unwrap();
    let out = gorust()
        .args(["check", "rules-rust", "--json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    assert_eq!(json["passed"], false, "{json:#}");
    assert_eq!(json["verdict"], "rule-failed", "{json:#}");
    assert_eq!(json["title"], "Rule not met", "{json:#}");
    let outcome = &json["outcome"];
    assert_eq!(outcome["message"], "Borrow instead of cloning.", "{json:#}");
    assert_eq!(outcome["file"], "main.rs", "{json:#}");
    assert_eq!(outcome["line"], 6, "{json:#}");
}
