//! Stand-ins for `gorust::runner`'s public types, copied from the runner
//! engineer's contract so the UI compiles before the runner lands on main.
//! When it does, this file is deleted and `use crate::runner::*` replaces it.
#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

#[derive(Clone, Debug, Default)]
pub struct CancelToken(Arc<AtomicBool>);

impl CancelToken {
    pub fn new() -> CancelToken {
        CancelToken::default()
    }
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Build,
    Lint,
    Run,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stream {
    Stdout,
    Stderr,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunEvent {
    PhaseStarted(Phase),
    PhaseFinished { phase: Phase, elapsed: Duration, ok: bool },
    BuildProgress { unit: String, done: usize, total: usize },
    Output { stream: Stream, line: String },
}

pub trait EventSink: Sync {
    fn event(&self, event: RunEvent);
}

impl<F: Fn(RunEvent) + Sync> EventSink for F {
    fn event(&self, event: RunEvent) {
        self(event)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffTag {
    Equal,
    Delete,
    Insert,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiffLine {
    pub tag: DiffTag,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    WrongOutput { expected: String, actual: String, diff: Vec<DiffLine> },
    CompileError { diagnostics: String, codes: Vec<String> },
    LintFailed { diagnostics: String },
    TestsFailed { output: String },
    RuntimeError { exit_code: Option<i32>, signal: Option<i32>, panicked: bool, stderr: String },
    Race { report: String },
    TimedOut { after: Duration },
    OutputLimit { limit: usize },
    ToolchainMissing { tool: String, help: String },
    NotAsExpected { expected: String, actual: String },
    Cancelled,
    Error { message: String },
}

impl Outcome {
    pub fn title(&self) -> &'static str {
        match self {
            Outcome::Passed => "Passed",
            Outcome::WrongOutput { .. } => "Wrong output",
            Outcome::CompileError { .. } => "Compile error",
            Outcome::LintFailed { .. } => "Lint failed",
            Outcome::TestsFailed { .. } => "Tests failed",
            Outcome::RuntimeError { panicked: true, .. } => "Panicked",
            Outcome::RuntimeError { .. } => "Runtime error",
            Outcome::Race { .. } => "Data race",
            Outcome::TimedOut { .. } => "Timed out",
            Outcome::OutputLimit { .. } => "Too much output",
            Outcome::ToolchainMissing { .. } => "Toolchain missing",
            Outcome::NotAsExpected { .. } => "Not as expected",
            Outcome::Cancelled => "Cancelled",
            Outcome::Error { .. } => "Error",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metrics {
    pub build_time: Option<Duration>,
    pub binary_size: Option<u64>,
    pub run_time: Option<Duration>,
    pub peak_memory_kib: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub outcome: Outcome,
    pub metrics: Metrics,
    pub stdout: String,
    pub stderr: String,
    pub build_log: String,
    pub error_codes: Vec<String>,
}

impl Verdict {
    pub fn passed(&self) -> bool {
        self.outcome == Outcome::Passed
    }
}
