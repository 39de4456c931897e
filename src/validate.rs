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
        problems.push(exercise.origin.problem(
            if several { "solutions" } else { "solution" },
            format!("the solution does not pass: {}", summary(&solved)),
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
        Outcome::TestsFailed { output } => clip(output),
        Outcome::RuntimeError {
            stderr, exit_code, ..
        } => {
            format!("exit code {exit_code:?}: {}", clip(stderr))
        }
        Outcome::NotAsExpected { expected, actual } => format!("expected {expected}, {actual}"),
        Outcome::ToolchainMissing { tool, help } => format!("{tool} is missing: {help}"),
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

fn clip(text: &str) -> String {
    let lines: Vec<&str> = text.trim_end().lines().take(12).collect();
    let mut out = lines.join("\n");
    if text.trim_end().lines().count() > 12 {
        out.push_str("\n...");
    }
    out
}
