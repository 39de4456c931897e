//! `gorust validate`: the authors' tool. Loading reports every static
//! problem; then every program in the pack is built and run, on all cores:
//! snippets do what their `expect` says, solutions pass, starters do not.

use crate::Lang;
use crate::engine::Engine;
use crate::pack::{CodeExercise, Exercise, ExerciseKind, Lesson, Problem, Quiz, Snippet};
use crate::runner::{CancelToken, NoEvents, Outcome, Verdict, normalize_output, strip_ansi};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Debug, Default, Serialize)]
pub struct Counts {
    pub lessons: usize,
    pub snippets: usize,
    pub exercises: usize,
    pub quizzes: usize,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub pack: String,
    pub ok: bool,
    pub checked: Counts,
    pub problems: Vec<Problem>,
}

enum Job<'a> {
    Snippet {
        lesson: &'a Lesson,
        page: usize,
        lang: Lang,
    },
    Exercise {
        lesson: &'a Lesson,
        index: usize,
    },
}

/// Runs every program of the engine's pack. `progress` is told about each
/// finished job (`done`, `total`, a label).
pub fn validate(
    engine: &Engine,
    jobs: usize,
    progress: &(dyn Fn(usize, usize, &str) + Sync),
) -> Report {
    let pack = engine.pack();
    let mut work = Vec::new();
    let mut counts = Counts {
        lessons: pack.lessons.len(),
        ..Counts::default()
    };
    for lesson in &pack.lessons {
        for (page, p) in lesson.pages.iter().enumerate() {
            for lang in Lang::ALL {
                if p.snippet(lang).is_some() {
                    counts.snippets += 1;
                    work.push(Job::Snippet { lesson, page, lang });
                }
            }
        }
        for (index, exercise) in lesson.exercises.iter().enumerate() {
            match &exercise.kind {
                ExerciseKind::Code(_) => counts.exercises += 1,
                ExerciseKind::Quiz(_) => counts.quizzes += 1,
            }
            work.push(Job::Exercise { lesson, index });
        }
    }
    // Crate builds are the slowest and take a lock: start them first so the
    // other workers fill the time.
    work.sort_by_key(|job| !uses_crates(job));

    let total = work.len();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let found = Mutex::new(Vec::new());
    let cancel = CancelToken::default();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| {
                while let Some(job) = work.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let (label, problems) = run_job(engine, job, &cancel);
                    if let Ok(mut all) = found.lock() {
                        all.extend(problems);
                    }
                    progress(done.fetch_add(1, Ordering::SeqCst) + 1, total, &label);
                }
            });
        }
    });

    let mut problems = engine.problems().to_vec();
    let mut dynamic = found.into_inner().unwrap_or_default();
    dynamic.sort_by(|a, b| (&a.file, a.line, &a.field).cmp(&(&b.file, b.line, &b.field)));
    problems.extend(dynamic);
    Report {
        pack: pack.title.clone(),
        ok: problems.is_empty(),
        checked: counts,
        problems,
    }
}

fn uses_crates(job: &Job) -> bool {
    match job {
        Job::Snippet { lesson, page, lang } => {
            *lang == Lang::Rust
                && lesson
                    .pages
                    .get(*page)
                    .is_some_and(|p| !p.crates.is_empty())
        }
        Job::Exercise { lesson, index } => lesson
            .exercises
            .get(*index)
            .is_some_and(|e| matches!(&e.kind, ExerciseKind::Code(c) if !c.crates.is_empty())),
    }
}

fn run_job(engine: &Engine, job: &Job, cancel: &CancelToken) -> (String, Vec<Problem>) {
    match job {
        Job::Snippet { lesson, page, lang } => {
            let label = format!("{} page {} ({lang})", lesson.id, page + 1);
            let Some(p) = lesson.pages.get(*page) else {
                return (label, Vec::new());
            };
            let Some(snippet) = p.snippet(*lang) else {
                return (label, Vec::new());
            };
            let verdict = match engine.run_snippet(&lesson.id, *page, *lang, &NoEvents, cancel) {
                Ok(v) => v,
                Err(e) => return (label, vec![p.origin.problem(lang.key(), e.to_string())]),
            };
            let mut problems = Vec::new();
            if !verdict.passed() {
                problems.push(
                    p.origin
                        .problem(lang.key(), not_as_expected(snippet, &verdict)),
                );
            }
            (label, problems)
        }
        Job::Exercise { lesson, index } => {
            let Some(exercise) = lesson.exercises.get(*index) else {
                return (String::new(), Vec::new());
            };
            let label = exercise.id.clone();
            let problems = match &exercise.kind {
                ExerciseKind::Code(code) => check_exercise(engine, lesson, exercise, code, cancel),
                ExerciseKind::Quiz(quiz) => check_quiz_code(engine, exercise, quiz, cancel),
            };
            (label, problems)
        }
    }
}

/// A solution must pass, lint-clean (`go vet`, `clippy -D warnings`) even
/// where the learner is not held to it: it is what learners are shown as the
/// idiomatic answer. A starter must not pass.
fn check_exercise(
    engine: &Engine,
    lesson: &Lesson,
    exercise: &Exercise,
    code: &CodeExercise,
    cancel: &CancelToken,
) -> Vec<Problem> {
    let files = |solution: bool| -> Vec<(PathBuf, String)> {
        code.files
            .iter()
            .map(|f| {
                let file = if solution { &f.solution } else { &f.starter };
                let text = lesson.file(file).unwrap_or_default().to_owned();
                (PathBuf::from(&f.starter), text)
            })
            .collect()
    };
    let several = code.files.len() > 1;
    let mut problems = Vec::new();

    let strict = CodeExercise {
        lint: true,
        ..code.clone()
    };
    let solved = engine.judge_files(
        lesson,
        exercise,
        &strict,
        files(true),
        None,
        &NoEvents,
        cancel,
    );
    if !solved.passed() {
        let renames: Vec<(String, String)> = code
            .files
            .iter()
            .map(|f| (f.starter.clone(), f.solution.clone()))
            .collect();
        problems.push(exercise.origin.problem(
            if several { "solutions" } else { "solution" },
            format!(
                "the solution does not pass: {}",
                rename_files(&summary(&solved), &renames)
            ),
        ));
    }

    let started = engine.judge_files(
        lesson,
        exercise,
        code,
        files(false),
        None,
        &NoEvents,
        cancel,
    );
    if started.passed() {
        problems.push(exercise.origin.problem(
            if several { "files" } else { "file" },
            "the starter already passes: give the learner something to fix or write",
        ));
    } else if started.outcome.is_inconclusive() {
        problems.push(exercise.origin.problem(
            if several { "files" } else { "file" },
            format!("the starter could not be checked: {}", summary(&started)),
        ));
    }
    for (i, program) in code.must_fail.iter().enumerate() {
        let mut wrong = files(false);
        if let Some(main) = wrong.first_mut() {
            main.1 = lesson.file(program).unwrap_or_default().to_owned();
        }
        let verdict = engine.judge_files(lesson, exercise, code, wrong, None, &NoEvents, cancel);
        let field = format!("must_fail[{i}]");
        if verdict.passed() {
            problems.push(exercise.origin.problem(
                &field,
                format!(
                    "the must_fail program {program} passes: the check and rules must catch it (add a rule, a test or an output it gets wrong)"
                ),
            ));
        } else if verdict.outcome.is_inconclusive() {
            problems.push(exercise.origin.problem(
                &field,
                format!(
                    "the must_fail program {program} could not be checked: {}",
                    summary(&verdict)
                ),
            ));
        }
    }
    problems
}

fn check_quiz_code(
    engine: &Engine,
    exercise: &Exercise,
    quiz: &Quiz,
    cancel: &CancelToken,
) -> Vec<Problem> {
    let Some(snippet) = &quiz.code else {
        return Vec::new();
    };
    let verdict = match engine.run_quiz_code(&exercise.id, &NoEvents, cancel) {
        Ok(Some(verdict)) => verdict,
        Ok(None) => return Vec::new(),
        Err(e) => return vec![exercise.origin.problem("code", e.to_string())],
    };
    if !verdict.passed() {
        return vec![
            exercise
                .origin
                .problem("code", not_as_expected(snippet, &verdict)),
        ];
    }
    let actual = normalize_output(&verdict.stdout);
    match quiz
        .choices
        .iter()
        .position(|c| normalize_output(c) == actual)
    {
        Some(i) if i != quiz.answer => vec![exercise.origin.problem(
            "quiz.answer",
            format!(
                "the program really prints choice {i} ({:?}), but the answer says {}",
                quiz.choices[i], quiz.answer
            ),
        )],
        _ => Vec::new(),
    }
}

fn not_as_expected(snippet: &Snippet, verdict: &Verdict) -> String {
    format!(
        "{} was expected to be a program that {}, but: {}",
        snippet.file,
        snippet.expect.describe(),
        summary(verdict)
    )
}

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
        Outcome::TimedOut { after } => format!("still running after {after:?}"),
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
fn rename_files(text: &str, renames: &[(String, String)]) -> String {
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
