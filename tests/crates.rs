//! The pinned error-handling crates, anyhow and thiserror, build and run
//! from the shared cargo package like tokio does.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::PathBuf;

use common::require;
use gorust::Lang;
use gorust::runner::{
    CancelToken, Expectation, NoEvents, Outcome, Program, Runner, Source, allowed_crates,
};

/// The runner tests' cache, so the pinned crates are compiled once for both.
fn runner() -> Runner {
    Runner::new(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("runner-cache"))
}

const APP: &str = r#"use anyhow::{Context, Result};
use thiserror::Error;

#[derive(Debug, Error)]
enum ParseError {
    #[error("empty input")]
    Empty,
    #[error("bad number {0:?}")]
    Bad(String),
}

fn parse(s: &str) -> Result<i32, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    s.parse().map_err(|_| ParseError::Bad(s.to_string()))
}

fn run(input: &str) -> Result<i32> {
    let n = parse(input).with_context(|| format!("reading {input:?}"))?;
    Ok(n * 2)
}

fn main() {
    println!("{}", run("21").unwrap());
    let err = run("x").unwrap_err();
    println!("{err:#}");
    println!("{}", err.downcast_ref::<ParseError>().is_some());
}
"#;

#[test]
fn anyhow_and_thiserror_are_allowed() {
    for name in ["anyhow", "thiserror"] {
        assert!(allowed_crates().contains(&name), "{name}");
    }
}

#[test]
fn an_exercise_using_anyhow_and_thiserror_builds_and_runs() {
    if !require("cargo") {
        return;
    }
    let mut program = Program::new(
        Lang::Rust,
        "crates-anyhow-thiserror",
        vec![Source::new("main.rs", APP)],
    );
    program.crates = vec!["anyhow".to_string(), "thiserror".to_string()];
    let verdict = runner().run(
        &program,
        &Expectation::Stdout("42\nreading \"x\": bad number \"x\"\ntrue\n".to_string()),
        &NoEvents,
        &CancelToken::new(),
    );
    assert!(
        matches!(verdict.outcome, Outcome::Passed),
        "{:?}\nbuild log:\n{}\nstdout:\n{}",
        verdict.outcome,
        verdict.build_log(),
        verdict.stdout
    );
}
