//! Turning what happened into a verdict: a pure function, tested without
//! any toolchain.

use std::time::Duration;

use similar::{ChangeTag, TextDiff};

use super::Expectation;
use super::outcome::{DiffLine, DiffTag, Outcome};
use crate::Lang;

/// Everything that happened to one program, as the judge sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Execution {
    pub lang: Lang,
    /// Built as a test binary (`go test -c`, `rustc --test`).
    pub tests: bool,
    /// Whether it built, and what the compiler said.
    pub build: BuildReport,
    /// `None` when linting was not asked for (or the build failed).
    pub lint: Option<LintReport>,
    /// `None` when the program was not run.
    pub run: Option<RunReport>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuildReport {
    pub ok: bool,
    /// Diagnostics, with ANSI colours.
    pub log: String,
    /// rustc error codes of the errors, in order of appearance, no repeats.
    pub codes: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LintReport {
    pub clean: bool,
    pub log: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunReport {
    pub ending: Ending,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// How a process came to an end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// On its own (with any status).
    Exited,
    /// Killed at the wall-clock limit.
    TimedOut(Duration),
    /// Killed for printing more than this many bytes.
    OutputLimit(usize),
    Cancelled,
}

/// Exit status of a binary built with `-race` that saw a race.
const GO_RACE_EXIT: i32 = 66;
const GO_PANIC_EXIT: i32 = 2;
const RUST_PANIC_EXIT: i32 = 101;

pub fn judge(execution: &Execution, expect: &Expectation) -> Outcome {
    let build = &execution.build;
    if !build.ok {
        return match expect {
            Expectation::CompileError { codes } => {
                let missing: Vec<&String> =
                    codes.iter().filter(|c| !build.codes.contains(c)).collect();
                if missing.is_empty() {
                    Outcome::Passed
                } else {
                    Outcome::NotAsExpected {
                        expected: describe_expectation(expect),
                        actual: if build.codes.is_empty() {
                            "a compile error without an error code".to_string()
                        } else {
                            format!("a compile error with {}", build.codes.join(", "))
                        },
                    }
                }
            }
            _ => Outcome::CompileError {
                diagnostics: build.log.clone(),
                codes: build.codes.clone(),
            },
        };
    }
    if let Expectation::CompileError { .. } = expect {
        return Outcome::NotAsExpected {
            expected: describe_expectation(expect),
            actual: "it compiled".to_string(),
        };
    }
    if let Some(lint) = &execution.lint
        && !lint.clean
    {
        return Outcome::LintFailed {
            diagnostics: lint.log.clone(),
        };
    }
    let Some(run) = &execution.run else {
        return Outcome::Error {
            message: "the program was built but never run; this is a bug in gorust".to_string(),
        };
    };
    match run.ending {
        Ending::TimedOut(after) => return timed_out(execution.lang, run, after),
        Ending::OutputLimit(limit) => return output_limit(run, limit),
        Ending::Cancelled => return Outcome::Cancelled,
        Ending::Exited => {}
    }

    if is_race(execution.lang, run) {
        return match expect {
            Expectation::Race => Outcome::Passed,
            _ => Outcome::Race {
                report: race_report(run),
            },
        };
    }
    if let Expectation::Race = expect {
        return Outcome::NotAsExpected {
            expected: describe_expectation(expect),
            actual: describe_run(execution.lang, run),
        };
    }

    let succeeded = run.exit_code == Some(0);
    if execution.tests && !succeeded {
        return Outcome::TestsFailed {
            output: join_output(run),
        };
    }
    let panicked = is_panic(execution.lang, run);
    if let Expectation::Panic = expect {
        return if panicked {
            Outcome::Passed
        } else {
            Outcome::NotAsExpected {
                expected: describe_expectation(expect),
                actual: describe_run(execution.lang, run),
            }
        };
    }
    if !succeeded {
        return Outcome::RuntimeError {
            exit_code: run.exit_code,
            signal: run.signal,
            panicked,
            stderr: run.stderr.clone(),
        };
    }
    match expect {
        Expectation::Stdout(expected) => {
            let expected = normalize_output(expected);
            let actual = normalize_output(&run.stdout);
            if expected == actual {
                Outcome::Passed
            } else {
                let diff = diff_lines(&expected, &actual);
                Outcome::WrongOutput {
                    expected,
                    actual,
                    diff,
                }
            }
        }
        _ => Outcome::Passed,
    }
}

/// A flood: its first and last lines, enough to see what was repeated.
fn output_limit(run: &RunReport, limit: usize) -> Outcome {
    let output = join_output(run);
    let lines: Vec<&str> = output.lines().collect();
    let (first, last) = match lines.len() > 2 * SAMPLE_LINES {
        true => (&lines[..SAMPLE_LINES], &lines[lines.len() - SAMPLE_LINES..]),
        false => (&lines[..], &lines[..0]),
    };
    Outcome::OutputLimit {
        limit,
        first_lines: sample(first),
        last_lines: sample(last),
    }
}

/// Lines shown of a flood, at each end, and of what a timed-out program
/// printed last.
const SAMPLE_LINES: usize = 5;
const LAST_OUTPUT_LINES: usize = 10;
/// A sampled line is cut here: one line can be a megabyte.
const SAMPLE_LINE_CHARS: usize = 200;

/// What Go's test alarm (`-test.timeout`) prints before it names the tests.
const GO_TEST_ALARM: &str = "panic: test timed out after";

/// A Go test binary stopped by its own alarm, which counts as our timeout.
pub(crate) fn go_test_timed_out(stderr: &str) -> bool {
    stderr.contains(GO_TEST_ALARM)
}

fn timed_out(lang: Lang, run: &RunReport, after: Duration) -> Outcome {
    let output = join_output(run);
    // Go's alarm prints the running tests, then every goroutine's stack:
    // the learner's last output is what came before it.
    let (printed, running_test) = match (lang, output.find(GO_TEST_ALARM)) {
        (Lang::Go, Some(at)) => (&output[..at], go_running_tests(&output[at..])),
        _ => (output.as_str(), rust_running_test(&run.stdout)),
    };
    let lines: Vec<&str> = printed.lines().collect();
    let last = &lines[lines.len().saturating_sub(LAST_OUTPUT_LINES)..];
    Outcome::TimedOut {
        after,
        running_test,
        last_output: sample(last),
    }
}

/// `running tests:` then one `\t\tTestName (2s)` line per test.
fn go_running_tests(alarm: &str) -> Option<String> {
    let names: Vec<&str> = alarm
        .lines()
        .skip_while(|line| line.trim() != "running tests:")
        .skip(1)
        .take_while(|line| line.starts_with("\t\t"))
        .filter_map(|line| line.trim().split(" (").next())
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// libtest, one test at a time, prints `test name ... ` as a test starts
/// and the result on the same line when it ends: the running test is the
/// last line still waiting for its result.
fn rust_running_test(stdout: &str) -> Option<String> {
    let last = stdout
        .lines()
        .rev()
        .find(|line| line.starts_with("test "))?;
    let name = last
        .strip_prefix("test ")?
        .trim_end()
        .strip_suffix(" ...")?;
    Some(name.to_string())
}

fn sample(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|line| line.trim_end())
        .map(|line| match line.char_indices().nth(SAMPLE_LINE_CHARS) {
            Some((cut, _)) => format!("{}…", &line[..cut]),
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_race(lang: Lang, run: &RunReport) -> bool {
    const MARK: &str = "WARNING: DATA RACE";
    lang == Lang::Go
        && (run.exit_code == Some(GO_RACE_EXIT)
            || run.stderr.contains(MARK)
            || run.stdout.contains(MARK))
}

fn is_panic(lang: Lang, run: &RunReport) -> bool {
    match lang {
        Lang::Go => {
            run.exit_code == Some(GO_PANIC_EXIT)
                && (run.stderr.contains("panic: ") || run.stderr.contains("fatal error:"))
        }
        Lang::Rust => run.exit_code == Some(RUST_PANIC_EXIT) && run.stderr.contains("panicked at"),
    }
}

/// The race detector writes to stderr, but a test binary may have it in stdout.
fn race_report(run: &RunReport) -> String {
    if run.stderr.contains("DATA RACE") || !run.stdout.contains("DATA RACE") {
        run.stderr.clone()
    } else {
        run.stdout.clone()
    }
}

fn join_output(run: &RunReport) -> String {
    let mut output = run.stdout.clone();
    if !output.is_empty() && !output.ends_with('\n') && !run.stderr.is_empty() {
        output.push('\n');
    }
    output.push_str(&run.stderr);
    output
}

fn describe_expectation(expect: &Expectation) -> String {
    match expect {
        Expectation::CompileError { codes } if codes.is_empty() => "a compile error".to_string(),
        Expectation::CompileError { codes } => format!("a compile error with {}", codes.join(", ")),
        Expectation::Panic => "a panic".to_string(),
        Expectation::Race => "a data race reported by the race detector".to_string(),
        Expectation::Success => "a clean exit".to_string(),
        Expectation::Stdout(_) => "the expected output".to_string(),
    }
}

fn describe_run(lang: Lang, run: &RunReport) -> String {
    if is_panic(lang, run) {
        return "it panicked".to_string();
    }
    match (run.exit_code, run.signal) {
        (Some(0), _) => "it ran and exited with status 0".to_string(),
        (Some(code), _) => format!("it exited with status {code}"),
        (None, Some(signal)) => format!("it was killed by signal {signal}"),
        (None, None) => "it stopped without an exit status".to_string(),
    }
}

/// CRLF becomes LF, trailing spaces and tabs go from every line, trailing
/// blank lines are dropped. Leading spaces are kept: they matter.
pub fn normalize_output(s: &str) -> String {
    let unified = s.replace("\r\n", "\n");
    let mut lines: Vec<&str> = unified
        .split('\n')
        .map(|line| line.trim_end_matches([' ', '\t', '\r']))
        .collect();
    while lines.last().is_some_and(|line| line.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// Removes ANSI colour sequences from compiler output, for plain text.
pub fn strip_ansi(text: &str) -> String {
    anstream::adapter::strip_str(text).to_string()
}

/// A line diff from `expected` to `actual`.
pub fn diff_lines(expected: &str, actual: &str) -> Vec<DiffLine> {
    // Both sides end in a newline so that a last line without one does not
    // show up as changed.
    let with_newline = |s: &str| {
        if s.is_empty() || s.ends_with('\n') {
            s.to_string()
        } else {
            format!("{s}\n")
        }
    };
    let (expected, actual) = (with_newline(expected), with_newline(actual));
    let diff = TextDiff::from_lines(&expected, &actual);
    diff.iter_all_changes()
        .map(|change| DiffLine {
            tag: match change.tag() {
                ChangeTag::Equal => DiffTag::Equal,
                ChangeTag::Delete => DiffTag::Delete,
                ChangeTag::Insert => DiffTag::Insert,
            },
            text: change.value().trim_end_matches('\n').to_string(),
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn built(lang: Lang) -> Execution {
        Execution {
            lang,
            tests: false,
            build: BuildReport {
                ok: true,
                log: String::new(),
                codes: vec![],
            },
            lint: None,
            run: None,
        }
    }

    fn ran(lang: Lang, exit_code: Option<i32>, stdout: &str, stderr: &str) -> Execution {
        Execution {
            run: Some(RunReport {
                ending: Ending::Exited,
                exit_code,
                signal: None,
                stdout: stdout.to_string(),
                stderr: stderr.to_string(),
            }),
            ..built(lang)
        }
    }

    fn compile_failed(codes: &[&str]) -> Execution {
        Execution {
            build: BuildReport {
                ok: false,
                log: "error[E0382]: borrow of moved value".to_string(),
                codes: codes.iter().map(|c| c.to_string()).collect(),
            },
            ..built(Lang::Rust)
        }
    }

    fn codes(codes: &[&str]) -> Expectation {
        Expectation::CompileError {
            codes: codes.iter().map(|c| c.to_string()).collect(),
        }
    }

    #[test]
    fn normalize_handles_crlf_trailing_space_and_blank_lines() {
        assert_eq!(normalize_output("a \r\n  b\t\r\n\r\n\n"), "a\n  b");
        assert_eq!(normalize_output(""), "");
        assert_eq!(normalize_output("\n\n"), "");
        assert_eq!(normalize_output("x\n\ny"), "x\n\ny");
        assert_eq!(normalize_output("  lead"), "  lead");
    }

    #[test]
    fn strips_escape_codes() {
        assert_eq!(strip_ansi("\u{1b}[1;31mx\u{1b}[0m y"), "x y");
    }

    #[test]
    fn diff_marks_missing_and_extra_lines() {
        let diff = diff_lines("a\nb\nc", "a\nB\nc");
        let tags: Vec<(DiffTag, &str)> = diff.iter().map(|l| (l.tag, l.text.as_str())).collect();
        assert_eq!(
            tags,
            vec![
                (DiffTag::Equal, "a"),
                (DiffTag::Delete, "b"),
                (DiffTag::Insert, "B"),
                (DiffTag::Equal, "c"),
            ]
        );
        assert!(
            diff_lines("same", "same\n")
                .iter()
                .all(|l| l.tag == DiffTag::Equal)
        );
    }

    #[test]
    fn output_is_compared_after_normalising() {
        let exec = ran(Lang::Go, Some(0), "total = 6  \r\n\n", "");
        assert_eq!(
            judge(&exec, &Expectation::Stdout("total = 6\n".into())),
            Outcome::Passed
        );
        match judge(&exec, &Expectation::Stdout("total = 7\n".into())) {
            Outcome::WrongOutput {
                expected,
                actual,
                diff,
            } => {
                assert_eq!(expected, "total = 7");
                assert_eq!(actual, "total = 6");
                assert_eq!(diff.len(), 2);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn compile_errors() {
        let failed = compile_failed(&["E0382"]);
        assert!(matches!(
            judge(&failed, &Expectation::Success),
            Outcome::CompileError { ref codes, .. } if codes == &["E0382"]
        ));
        assert_eq!(judge(&failed, &codes(&[])), Outcome::Passed);
        assert_eq!(judge(&failed, &codes(&["E0382"])), Outcome::Passed);
        assert!(matches!(
            judge(&failed, &codes(&["E0505"])),
            Outcome::NotAsExpected { .. }
        ));
        let ok = ran(Lang::Rust, Some(0), "", "");
        match judge(&ok, &codes(&["E0382"])) {
            Outcome::NotAsExpected { expected, actual } => {
                assert!(expected.contains("E0382"));
                assert_eq!(actual, "it compiled");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn lint_findings_fail_before_the_run_counts() {
        let mut exec = ran(Lang::Go, Some(0), "", "");
        exec.lint = Some(LintReport {
            clean: false,
            log: "printf mistake".into(),
        });
        assert!(matches!(
            judge(&exec, &Expectation::Success),
            Outcome::LintFailed { .. }
        ));
        exec.lint = Some(LintReport {
            clean: true,
            log: String::new(),
        });
        assert_eq!(judge(&exec, &Expectation::Success), Outcome::Passed);
    }

    #[test]
    fn endings_win_over_exit_status() {
        let mut exec = ran(Lang::Rust, None, "", "");
        let run = exec.run.as_mut().map(|r| {
            r.ending = Ending::TimedOut(Duration::from_secs(1));
            r.signal = Some(9);
        });
        assert!(run.is_some());
        assert_eq!(
            judge(&exec, &Expectation::Success),
            Outcome::TimedOut {
                after: Duration::from_secs(1),
                running_test: None,
                last_output: String::new(),
            }
        );
        if let Some(r) = exec.run.as_mut() {
            r.ending = Ending::OutputLimit(64);
        }
        assert_eq!(
            judge(&exec, &Expectation::Panic),
            Outcome::OutputLimit {
                limit: 64,
                first_lines: String::new(),
                last_lines: String::new(),
            }
        );
        if let Some(r) = exec.run.as_mut() {
            r.ending = Ending::Cancelled;
        }
        assert_eq!(judge(&exec, &Expectation::Success), Outcome::Cancelled);
    }

    fn timed_out_run(lang: Lang, stdout: &str, stderr: &str) -> Outcome {
        let mut exec = ran(lang, None, stdout, stderr);
        exec.tests = true;
        if let Some(r) = exec.run.as_mut() {
            r.ending = Ending::TimedOut(Duration::from_secs(2));
        }
        judge(&exec, &Expectation::Success)
    }

    #[test]
    fn a_timeout_names_the_running_test_and_its_last_output() {
        let go = timed_out_run(
            Lang::Go,
            "fast out\nslow starting\n",
            "panic: test timed out after 2s\n\trunning tests:\n\t\tTestSlow (2s)\n\t\tTestOther (1s)\n\ngoroutine 17 [running]:\n",
        );
        assert_eq!(
            go,
            Outcome::TimedOut {
                after: Duration::from_secs(2),
                running_test: Some("TestSlow, TestOther".into()),
                last_output: "fast out\nslow starting".into(),
            }
        );
        let rust = timed_out_run(
            Lang::Rust,
            "\nrunning 3 tests\ntest tests::a_fast ... ok\ntest tests::b_slow ... ",
            "",
        );
        assert!(matches!(
            rust,
            Outcome::TimedOut { running_test: Some(ref name), ref last_output, .. }
                if name == "tests::b_slow" && last_output.ends_with("test tests::b_slow ...")
        ));
        // Every test finished: none is named.
        let done = timed_out_run(Lang::Rust, "test tests::a ... ok\n", "");
        assert!(matches!(
            done,
            Outcome::TimedOut {
                running_test: None,
                ..
            }
        ));
        let many: String = (1..=100).map(|i| format!("line {i}\n")).collect();
        match timed_out_run(Lang::Go, &many, "") {
            Outcome::TimedOut { last_output, .. } => {
                assert_eq!(last_output.lines().count(), LAST_OUTPUT_LINES);
                assert!(last_output.ends_with("line 100"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_flood_is_sampled_at_both_ends_and_bounded() {
        let mut flood: String = (1..=1000).map(|i| format!("y {i}\n")).collect();
        flood.push_str(&"x".repeat(5000));
        let mut exec = ran(Lang::Rust, None, &flood, "");
        if let Some(r) = exec.run.as_mut() {
            r.ending = Ending::OutputLimit(10_000);
        }
        match judge(&exec, &Expectation::Success) {
            Outcome::OutputLimit {
                first_lines,
                last_lines,
                ..
            } => {
                assert_eq!(first_lines, "y 1\ny 2\ny 3\ny 4\ny 5");
                assert!(last_lines.starts_with("y 997\n"));
                let long = last_lines.lines().last().unwrap();
                assert_eq!(long.chars().count(), SAMPLE_LINE_CHARS + 1);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn races() {
        let raced = ran(
            Lang::Go,
            Some(66),
            "",
            "==================\nWARNING: DATA RACE\n",
        );
        assert!(
            matches!(judge(&raced, &Expectation::Success), Outcome::Race { ref report } if report.contains("DATA RACE"))
        );
        assert_eq!(judge(&raced, &Expectation::Race), Outcome::Passed);
        let clean = ran(Lang::Go, Some(0), "", "");
        assert!(matches!(
            judge(&clean, &Expectation::Race),
            Outcome::NotAsExpected { .. }
        ));
        // Exit 66 means nothing special for Rust.
        let rust = ran(Lang::Rust, Some(66), "", "");
        assert!(matches!(
            judge(&rust, &Expectation::Success),
            Outcome::RuntimeError {
                exit_code: Some(66),
                ..
            }
        ));
    }

    #[test]
    fn panics() {
        let go = ran(
            Lang::Go,
            Some(2),
            "",
            "panic: boom\n\ngoroutine 1 [running]:",
        );
        assert!(matches!(
            judge(&go, &Expectation::Success),
            Outcome::RuntimeError {
                panicked: true,
                exit_code: Some(2),
                ..
            }
        ));
        assert_eq!(judge(&go, &Expectation::Panic), Outcome::Passed);
        let panics = [
            (
                Lang::Go,
                2,
                "fatal error: all goroutines are asleep - deadlock!",
            ),
            (
                Lang::Rust,
                101,
                "thread 'main' panicked at main.rs:2:5:\nboom",
            ),
        ];
        for (lang, code, stderr) in panics {
            let panicked = ran(lang, Some(code), "", stderr);
            assert_eq!(
                judge(&panicked, &Expectation::Panic),
                Outcome::Passed,
                "{stderr}"
            );
        }
        let exit1 = ran(Lang::Rust, Some(1), "", "");
        assert!(matches!(
            judge(&exit1, &Expectation::Success),
            Outcome::RuntimeError {
                panicked: false,
                exit_code: Some(1),
                ..
            }
        ));
        match judge(&ran(Lang::Rust, Some(0), "", ""), &Expectation::Panic) {
            Outcome::NotAsExpected { expected, actual } => {
                assert_eq!(expected, "a panic");
                assert!(actual.contains("status 0"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn tests_fail_on_any_non_zero_exit() {
        let mut exec = ran(
            Lang::Rust,
            Some(101),
            "test tests::adds ... FAILED\n",
            "thread 'tests::adds' panicked at",
        );
        exec.tests = true;
        match judge(&exec, &Expectation::Success) {
            Outcome::TestsFailed { output } => {
                assert!(output.contains("FAILED") && output.contains("panicked"));
            }
            other => panic!("{other:?}"),
        }
        let mut passed = ran(Lang::Go, Some(0), "PASS\n", "");
        passed.tests = true;
        assert_eq!(judge(&passed, &Expectation::Success), Outcome::Passed);
    }
}
