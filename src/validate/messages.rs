//! What validate says about a program that did not do what it should:
//! one paragraph, the useful part first, within a size limit.

use crate::runner::{Outcome, Verdict, strip_ansi};

/// One paragraph on what happened, for a problem message.
pub fn summary(verdict: &Verdict) -> String {
    let detail = match &verdict.outcome {
        Outcome::WrongOutput {
            expected, actual, ..
        } => {
            format!("expected {:?}, got {:?}", clip(expected), clip(actual))
        }
        Outcome::CompileError { diagnostics, .. } | Outcome::LintFailed { diagnostics } => {
            clip(&strip_ansi(diagnostics))
        }
        Outcome::TestsFailed { output } => failures_first(output),
        Outcome::RuntimeError {
            stderr, exit_code, ..
        } => {
            format!("exit code {exit_code:?}: {}", clip(stderr))
        }
        Outcome::NotAsExpected { expected, actual } => format!("expected {expected}, {actual}"),
        Outcome::ToolchainMissing { tool, help } => format!("{tool} is missing: {help}"),
        Outcome::RuleFailed {
            message,
            file: Some(file),
            line: Some(line),
        } => format!("{message} ({file}:{line})"),
        Outcome::RuleFailed { message, .. } => message.clone(),
        Outcome::Error { message } => message.clone(),
        Outcome::TimedOut {
            after,
            running_test,
            ..
        } => match running_test {
            Some(test) => format!("still running after {after:?}, in {test}"),
            None => format!("still running after {after:?}"),
        },
        _ => String::new(),
    };
    if detail.is_empty() {
        verdict.outcome.title().to_owned()
    } else {
        format!("{}: {detail}", verdict.outcome.title())
    }
}

/// Lines a test run prints about tests that passed or were merely started:
/// never the reason a run failed.
fn is_test_noise(line: &str) -> bool {
    let t = line.trim();
    (t.starts_with("test ") && (t.ends_with(" ... ok") || t.contains(" ... ignored")))
        || t.starts_with("=== RUN")
        || t.starts_with("=== PAUSE")
        || t.starts_with("=== CONT")
        || t.starts_with("=== NAME")
        || t.starts_with("--- PASS")
        || t.starts_with("--- SKIP")
        || t.starts_with("note: run with `RUST_BACKTRACE")
        || (t.starts_with("running ") && (t.ends_with(" tests") || t.ends_with(" test")))
}

/// The failing tests and their messages first (Rust's `---- name stdout
/// ----` sections, Go's `--- FAIL` blocks), then the rest of the output
/// without the passing tests, within a size limit.
fn failures_first(output: &str) -> String {
    let lines: Vec<&str> = output.lines().collect();
    let mut first = Vec::new();
    let mut rest = Vec::new();
    let mut in_failure = false;
    let mut in_backtrace = false;
    for line in &lines {
        let t = line.trim();
        // A learner's RUST_BACKTRACE pours std frames in: the panic line
        // above them says what failed.
        if t == "stack backtrace:" {
            in_backtrace = true;
        }
        if in_backtrace {
            in_backtrace = !(t.is_empty() || t.starts_with("note: Some details are omitted"));
            continue;
        }
        if t.starts_with("---- ") && t.ends_with(" ----") || t.starts_with("--- FAIL") {
            in_failure = true;
        } else if in_failure && (t == "failures:" || t.starts_with("test result:") || t == "FAIL") {
            in_failure = false;
        }
        if is_test_noise(line) {
            continue;
        }
        if in_failure {
            first.push(*line);
        } else {
            rest.push(*line);
        }
    }
    let mut kept: Vec<&str> = first;
    kept.extend(rest.into_iter().filter(|l| !l.trim().is_empty()));
    clip_to(&kept.join("\n"), FAILURE_LINES, FAILURE_BYTES)
}

const FAILURE_LINES: usize = 40;
const FAILURE_BYTES: usize = 4000;

/// Names the files an author wrote: a program judged under its starter's
/// name (`sum.go`) has its diagnostics and rule lines point at `sum.go:7`,
/// which is really line 7 of `sum.solution.go`.
pub(super) fn rename_files(text: &str, renames: &[(String, String)]) -> String {
    let mut out = text.to_owned();
    for (from, to) in renames {
        if from == to {
            continue;
        }
        let pattern = format!(r"(^|[\s(\[`'\x22])(?:\./)?{}:(\d+)", regex::escape(from));
        if let Ok(re) = regex::Regex::new(&pattern) {
            let replacement = format!("${{1}}{}:${{2}}", to.replace('$', "$$"));
            out = re.replace_all(&out, replacement.as_str()).into_owned();
        }
    }
    out
}

fn clip(text: &str) -> String {
    clip_to(text, 12, FAILURE_BYTES)
}

/// At most `max_lines` lines and about `max_bytes` bytes, marked when cut.
fn clip_to(text: &str, max_lines: usize, max_bytes: usize) -> String {
    let all = text.trim_end();
    let mut out = String::new();
    let mut cut = false;
    for (i, line) in all.lines().enumerate() {
        if i >= max_lines || out.len() + line.len() > max_bytes {
            cut = true;
            break;
        }
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line);
    }
    if cut {
        out.push_str("\n...");
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_rust_test_comes_before_the_passing_ones() {
        let mut output = String::from("\nrunning 30 tests\n");
        for i in 0..29 {
            output.push_str(&format!("test tests::passes_{i} ... ok\n"));
        }
        output.push_str("test tests::longest_wins ... FAILED\n\nfailures:\n\n---- tests::longest_wins stdout ----\n\nthread 'tests::longest_wins' panicked at longer_test.rs:11:5:\nassertion `left == right` failed\n  left: \"ab\"\n right: \"abc\"\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n\nfailures:\n    tests::longest_wins\n\ntest result: FAILED. 29 passed; 1 failed; 0 ignored\n");
        let text = failures_first(&output);
        assert!(
            text.starts_with("---- tests::longest_wins stdout ----"),
            "{text}"
        );
        assert!(text.contains("right: \"abc\""), "{text}");
        assert!(
            text.contains("test result: FAILED. 29 passed; 1 failed"),
            "{text}"
        );
        assert!(!text.contains("passes_3"), "{text}");
    }

    #[test]
    fn a_failing_go_test_comes_first_and_long_output_is_clipped() {
        // `go test` without -v: the failure block only.
        let quiet = "--- FAIL: TestHamming (0.00s)\n    hamming_test.go:12: Distance(\"A\", \"G\") = 0, want 1\nFAIL\n";
        let text = failures_first(quiet);
        assert!(text.starts_with("--- FAIL: TestHamming"), "{text}");
        assert!(text.contains("hamming_test.go:12"), "{text}");
        // With -v, fifty passing tests before it disappear.
        let mut verbose = String::new();
        for i in 0..50 {
            verbose.push_str(&format!(
                "=== RUN   TestOk{i}\n--- PASS: TestOk{i} (0.00s)\n"
            ));
        }
        verbose.push_str("=== RUN   TestHamming\n    hamming_test.go:12: Distance(\"A\", \"G\") = 0, want 1\n--- FAIL: TestHamming (0.00s)\nFAIL\n");
        let text = failures_first(&verbose);
        assert!(text.starts_with("--- FAIL: TestHamming"), "{text}");
        assert!(text.contains("hamming_test.go:12"), "{text}");
        assert!(!text.contains("TestOk"), "{text}");
        let long = "x\n".repeat(200);
        assert_eq!(failures_first(&long).lines().count(), FAILURE_LINES + 1);
    }

    #[test]
    fn errors_in_a_solution_name_the_solution() {
        let renames = [
            ("sum.go".to_owned(), "sum.solution.go".to_owned()),
            ("geo/geo.go".to_owned(), "geo/geo.solution.go".to_owned()),
        ];
        let text = "./sum.go:7:2: declared and not used: x\ngeo/geo.go:3:1: syntax error\n --> sum.go:4:5\nsum_test.go:9: failed\nxsum.go:1:1";
        assert_eq!(
            rename_files(text, &renames),
            "sum.solution.go:7:2: declared and not used: x\ngeo/geo.solution.go:3:1: syntax error\n --> sum.solution.go:4:5\nsum_test.go:9: failed\nxsum.go:1:1"
        );
    }
}
