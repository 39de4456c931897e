//! Verdicts and statuses as text for the terminal. Colours go through
//! anstream, which drops them when output is not a terminal or NO_COLOR is set.

use crate::engine::Engine;
use crate::runner::{DiffTag, Outcome, Verdict};
use std::fmt::Write;

pub mod style {
    use anstyle::{AnsiColor, Style};

    pub fn bold() -> Style {
        Style::new().bold()
    }
    pub fn good() -> Style {
        AnsiColor::Green.on_default().bold()
    }
    pub fn bad() -> Style {
        AnsiColor::Red.on_default().bold()
    }
    pub fn warn() -> Style {
        AnsiColor::Yellow.on_default()
    }
    pub fn dim() -> Style {
        Style::new().dimmed()
    }
    pub fn added() -> Style {
        AnsiColor::Green.on_default()
    }
    pub fn removed() -> Style {
        AnsiColor::Red.on_default()
    }
}

pub fn status_mark(status: &str) -> String {
    match status {
        "passed" => format!("{}✓{:#}", style::good(), style::good()),
        "attempted" => format!("{}~{:#}", style::warn(), style::warn()),
        _ => format!("{}·{:#}", style::dim(), style::dim()),
    }
}

/// The verdict for a human: a headline, then what explains it.
pub fn verdict(engine: &Engine, verdict: &Verdict) -> String {
    let mut out = String::new();
    let head = if verdict.passed() {
        style::good()
    } else {
        style::bad()
    };
    let _ = writeln!(out, "{head}{}{head:#}", verdict.outcome.title());
    match &verdict.outcome {
        Outcome::Passed => {}
        Outcome::WrongOutput { diff, .. } => {
            let _ = writeln!(
                out,
                "Expected output (-) against your program's output (+):"
            );
            for line in diff {
                let (mark, s) = match line.tag {
                    DiffTag::Equal => (' ', anstyle::Style::new()),
                    DiffTag::Delete => ('-', style::removed()),
                    DiffTag::Insert => ('+', style::added()),
                };
                let _ = writeln!(out, "{s}{mark} {}{s:#}", line.text);
            }
        }
        Outcome::CompileError { diagnostics, .. } => {
            let _ = writeln!(out, "{}", diagnostics.trim_end());
        }
        Outcome::LintFailed { diagnostics } => {
            let _ = writeln!(
                out,
                "The program works, but the linter has findings to fix:"
            );
            let _ = writeln!(out, "{}", diagnostics.trim_end());
        }
        Outcome::TestsFailed { output } => {
            let _ = writeln!(out, "{}", output.trim_end());
        }
        Outcome::RuntimeError {
            exit_code,
            signal,
            panicked,
            stderr,
        } => {
            let what = match (panicked, exit_code, signal) {
                (true, _, _) => "The program panicked.".to_owned(),
                (_, Some(code), _) => format!("The program exited with status {code}."),
                (_, _, Some(sig)) => format!("The program was killed by signal {sig}."),
                _ => "The program failed.".to_owned(),
            };
            let _ = writeln!(out, "{what}");
            if !stderr.trim().is_empty() {
                let _ = writeln!(out, "{}", stderr.trim_end());
            }
        }
        Outcome::Race { report } => {
            let _ = writeln!(
                out,
                "The race detector saw two goroutines touch the same memory without synchronisation, at least one of them writing. The output may even look right: it is still a bug."
            );
            let _ = writeln!(out, "{}", report.trim_end());
        }
        Outcome::TimedOut {
            after,
            running_test,
            last_output,
        } => {
            let _ = writeln!(
                out,
                "The program was still running after {:.1} s and was stopped. Look for a loop that never ends, a channel nobody closes, or a lock never released.",
                after.as_secs_f64()
            );
            // Which test, and what it printed last (runner: issue 10.10).
            if let Some(test) = running_test {
                let _ = writeln!(out, "Running test: {test}");
            }
            if !last_output.is_empty() {
                let _ = writeln!(out, "Its last output:\n{last_output}");
            }
        }
        Outcome::OutputLimit {
            limit,
            first_lines,
            last_lines,
        } => {
            let _ = writeln!(
                out,
                "The program printed more than {} KiB and was stopped: probably a loop that prints forever.",
                limit / 1024
            );
            // A sample of the flood (runner: issue 10.10).
            if !first_lines.is_empty() {
                let _ = writeln!(out, "It began with:\n{first_lines}");
            }
            if !last_lines.is_empty() {
                let _ = writeln!(out, "and ended with:\n{last_lines}");
            }
        }
        Outcome::ToolchainMissing { tool, help } => {
            let _ = writeln!(out, "{tool} is needed for this check. {help}");
        }
        Outcome::RuleFailed {
            message,
            file,
            line,
        } => {
            let place = match (file, line) {
                (Some(file), Some(line)) => format!(" ({file}:{line})"),
                (Some(file), None) => format!(" ({file})"),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "The program works, but the exercise asks for more: {message}{place}"
            );
        }
        Outcome::NotAsExpected { expected, actual } => {
            let _ = writeln!(out, "Expected: {expected}. Instead: {actual}.");
        }
        Outcome::Cancelled => {}
        Outcome::Error { message } => {
            let _ = writeln!(out, "{message}");
        }
    }
    for code in &verdict.error_codes {
        for (lesson, page, p) in engine.pack().pages_explaining(code) {
            let _ = writeln!(
                out,
                "{}{code} is explained in lesson `{}`, page {}: {}{:#}",
                style::warn(),
                lesson.id,
                page + 1,
                p.title,
                style::warn()
            );
        }
    }
    out
}
