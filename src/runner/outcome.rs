//! The verdict of a run, as data for the CLI (text or JSON) and the TUI.

use std::time::Duration;

use serde::{Serialize, Serializer};

use super::Expectation;
use super::judge::{Execution, judge};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffTag {
    Equal,
    Delete,
    Insert,
}

/// One line of an expected-versus-actual diff: `Delete` is expected but
/// missing, `Insert` is printed but not expected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DiffLine {
    pub tag: DiffTag,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "kebab-case")]
pub enum Outcome {
    Passed,
    WrongOutput {
        expected: String,
        actual: String,
        diff: Vec<DiffLine>,
    },
    CompileError {
        diagnostics: String,
        codes: Vec<String>,
    },
    LintFailed {
        diagnostics: String,
    },
    TestsFailed {
        output: String,
    },
    RuntimeError {
        exit_code: Option<i32>,
        signal: Option<i32>,
        panicked: bool,
        stderr: String,
    },
    Race {
        report: String,
    },
    TimedOut {
        #[serde(rename = "after_secs", serialize_with = "secs")]
        after: Duration,
        /// The test (or tests) running when time ran out, when a test
        /// binary said so.
        running_test: Option<String>,
        /// The last lines the program printed, bounded.
        last_output: String,
    },
    OutputLimit {
        limit: usize,
        /// The first and the last lines of what was printed before the cap,
        /// each bounded: what flooded. `last_lines` is empty when
        /// `first_lines` already holds everything.
        first_lines: String,
        last_lines: String,
    },
    ToolchainMissing {
        tool: String,
        help: String,
    },
    /// The program passed its check but breaks one of the exercise's rules
    /// (a forbidden pattern it uses, or a required one it lacks).
    RuleFailed {
        message: String,
        /// The file the rule points at, relative to the exercise folder.
        file: Option<String>,
        /// 1-based line of a forbidden match; `None` for a missing `require`.
        line: Option<u32>,
    },
    /// The program did something, but not what was expected of it: a snippet
    /// that should not compile did, one that should panic exited cleanly.
    NotAsExpected {
        expected: String,
        actual: String,
    },
    Cancelled,
    /// The runner's own trouble, as a sentence that says what to do.
    Error {
        message: String,
    },
}

impl Outcome {
    /// Says nothing about the program: the run was cancelled, a toolchain is
    /// missing, or gorust itself was in trouble. Such a check is not the
    /// learner's attempt, and `gorust check` exits with an error for it.
    pub fn is_inconclusive(&self) -> bool {
        matches!(
            self,
            Outcome::Cancelled | Outcome::ToolchainMissing { .. } | Outcome::Error { .. }
        )
    }

    /// A few words for humans.
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
            Outcome::RuleFailed { .. } => "Rule not met",
            Outcome::NotAsExpected { .. } => "Not as expected",
            Outcome::Cancelled => "Cancelled",
            Outcome::Error { .. } => "Error",
        }
    }
}

/// How long things took and how big they were; `None` when not measured
/// (the build failed, say).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Metrics {
    #[serde(rename = "build_time_secs", serialize_with = "opt_secs")]
    pub build_time: Option<Duration>,
    /// Bytes of the built binary on disk.
    pub binary_size: Option<u64>,
    #[serde(rename = "run_time_secs", serialize_with = "opt_secs")]
    pub run_time: Option<Duration>,
    pub peak_memory_kib: Option<u64>,
}

/// A judged run: the outcome, its measurements, and what the program and
/// its compiler said. Each fact lives in one place: what the outcome holds
/// (a compile error's diagnostics and codes, a crash's standard error) is
/// not stored again beside it, and the accessors read it from wherever it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Replace it with [`Verdict::with_outcome`], which keeps the facts the
    /// old outcome held.
    pub outcome: Outcome,
    /// Build time and binary size once built; run time and peak memory
    /// once run.
    pub metrics: Metrics,
    /// What the program printed on standard output (empty if it did not run).
    pub stdout: String,
    /// Standard error, unless the outcome holds it.
    stderr: String,
    /// Compiler and linter diagnostics (with ANSI colours), unless the
    /// outcome holds them.
    build_log: String,
    /// rustc error codes of a failed build, unless the outcome holds them.
    error_codes: Vec<String>,
}

impl Verdict {
    /// A verdict with nothing measured and nothing printed.
    pub fn new(outcome: Outcome) -> Verdict {
        Verdict {
            outcome,
            metrics: Metrics::default(),
            stdout: String::new(),
            stderr: String::new(),
            build_log: String::new(),
            error_codes: Vec::new(),
        }
    }

    pub fn with_metrics(mut self, metrics: Metrics) -> Verdict {
        self.metrics = metrics;
        self
    }

    pub fn with_stdout(mut self, stdout: impl Into<String>) -> Verdict {
        self.stdout = stdout.into();
        self
    }

    /// Keeps the program's standard error, unless the outcome already holds it.
    pub fn with_stderr(mut self, stderr: impl Into<String>) -> Verdict {
        if !matches!(self.outcome, Outcome::RuntimeError { .. }) {
            self.stderr = stderr.into();
        }
        self
    }

    /// Keeps the build's diagnostics and rustc codes, unless the outcome
    /// already holds them.
    pub fn with_build(mut self, log: impl Into<String>, codes: Vec<String>) -> Verdict {
        match self.outcome {
            Outcome::CompileError { .. } => {}
            Outcome::LintFailed { .. } => self.error_codes = codes,
            _ => {
                self.build_log = log.into();
                self.error_codes = codes;
            }
        }
        self
    }

    /// The same run under another outcome: what the old outcome held moves
    /// beside the new one, so nothing is lost.
    pub fn with_outcome(self, outcome: Outcome) -> Verdict {
        let stderr = self.stderr().to_owned();
        let log = self.build_log().to_owned();
        let codes = self.error_codes().to_vec();
        Verdict::new(outcome)
            .with_metrics(self.metrics)
            .with_stdout(self.stdout)
            .with_stderr(stderr)
            .with_build(log, codes)
    }

    pub fn passed(&self) -> bool {
        self.outcome == Outcome::Passed
    }

    /// What the program printed on standard error.
    pub fn stderr(&self) -> &str {
        match &self.outcome {
            Outcome::RuntimeError { stderr, .. } => stderr,
            _ => &self.stderr,
        }
    }

    /// The compiler's (or the linter's) diagnostics, with ANSI colours.
    pub fn build_log(&self) -> &str {
        match &self.outcome {
            Outcome::CompileError { diagnostics, .. } | Outcome::LintFailed { diagnostics } => {
                diagnostics
            }
            _ => &self.build_log,
        }
    }

    /// rustc error codes of a failed build, e.g. `E0382`, in order, no repeats.
    pub fn error_codes(&self) -> &[String] {
        match &self.outcome {
            Outcome::CompileError { codes, .. } => codes,
            _ => &self.error_codes,
        }
    }

    pub(crate) fn from_execution(
        execution: Execution,
        expect: &Expectation,
        metrics: Metrics,
    ) -> Verdict {
        let outcome = judge(&execution, expect);
        let mut build_log = execution.build.log;
        if let Some(lint) = execution.lint {
            build_log.push_str(&lint.log);
        }
        let (stdout, stderr) = match execution.run {
            Some(run) => (run.stdout, run.stderr),
            None => (String::new(), String::new()),
        };
        Verdict::new(outcome)
            .with_metrics(metrics)
            .with_stdout(stdout)
            .with_stderr(stderr)
            .with_build(build_log, execution.build.codes)
    }

    pub(crate) fn halted(outcome: Outcome) -> Verdict {
        Verdict::new(outcome)
    }
}

/// The documented shape: every fact at the top level, wherever it is held.
impl Serialize for Verdict {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Shape<'a> {
            outcome: &'a Outcome,
            metrics: &'a Metrics,
            stdout: &'a str,
            stderr: &'a str,
            build_log: &'a str,
            error_codes: &'a [String],
        }
        Shape {
            outcome: &self.outcome,
            metrics: &self.metrics,
            stdout: &self.stdout,
            stderr: self.stderr(),
            build_log: self.build_log(),
            error_codes: self.error_codes(),
        }
        .serialize(s)
    }
}

fn secs<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64())
}

fn opt_secs<S: Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_some(&d.as_secs_f64()),
        None => s.serialize_none(),
    }
}
