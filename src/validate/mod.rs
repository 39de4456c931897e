//! `gorust validate`: the authors' tool. Loading reports every static
//! problem; then every program in the pack is built and run, on all cores:
//! snippets do what their `expect` says, solutions pass, starters do not.

use crate::Lang;
use crate::engine::{Engine, PageProgram, SnippetRun, SnippetSource};
use crate::pack::{CodeExercise, Exercise, ExerciseKind, Lesson, Problem, Quiz, Snippet};
use crate::runner::{CancelToken, NoEvents, normalize_output};
use serde::Serialize;

mod cache;
mod messages;

use cache::{Cache, Run};
use messages::rename_files;
pub use messages::summary;
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
    /// How many programs were built and run, and how many results came
    /// from the cache of an earlier run.
    pub programs: Programs,
    pub problems: Vec<Problem>,
}

#[derive(Debug, Default, Serialize)]
pub struct Programs {
    pub run: usize,
    pub cached: usize,
}

/// How to validate.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Programs to build at once.
    pub jobs: usize,
    /// Reuse the results of unchanged programs (`false`: `--no-cache`).
    pub cache: bool,
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

/// What every job needs.
struct Ctx<'a> {
    engine: &'a Engine,
    cache: &'a Cache,
    cancel: CancelToken,
}

/// Runs every program of the engine's pack. `progress` is told about each
/// finished job (`done`, `total`, a label).
pub fn validate(
    engine: &Engine,
    options: Options,
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

    let cache = Cache::new(engine, options.cache);
    let ctx = Ctx {
        engine,
        cache: &cache,
        cancel: CancelToken::default(),
    };
    let total = work.len();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let found = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.max(1) {
            scope.spawn(|| {
                while let Some(job) = work.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let (label, problems) = run_job(&ctx, job);
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
    let (run, cached) = cache.counts();
    Report {
        pack: pack.title.clone(),
        ok: problems.is_empty(),
        checked: counts,
        programs: Programs { run, cached },
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
                    .is_some_and(|p| !p.inputs.crates.is_empty())
        }
        Job::Exercise { lesson, index } => lesson.exercises.get(*index).is_some_and(
            |e| matches!(&e.kind, ExerciseKind::Code(c) if !c.inputs.crates.is_empty()),
        ),
    }
}

fn run_job(ctx: &Ctx, job: &Job) -> (String, Vec<Problem>) {
    match job {
        Job::Snippet { lesson, page, lang } => {
            let label = format!("{} page {} ({lang})", lesson.id, page + 1);
            let Some(p) = lesson.pages.get(*page) else {
                return (label, Vec::new());
            };
            let Some(snippet) = p.snippet(*lang) else {
                return (label, Vec::new());
            };
            let run = ctx
                .cache
                .run(cache::snippet_key(lesson, *page, p, snippet), || {
                    let run = SnippetRun {
                        program: PageProgram {
                            lesson: lesson.id.clone(),
                            page: *page,
                            lang: *lang,
                        },
                        optimize: false,
                        source: SnippetSource::Pack,
                    };
                    ctx.engine
                        .run_snippet(&run, &NoEvents, &ctx.cancel)
                        .map_err(|e| e.to_string())
                });
            let problems = match run {
                Ok(run) if run.passed => Vec::new(),
                Ok(run) => vec![p.origin.problem(lang.key(), not_as_expected(snippet, &run))],
                Err(e) => vec![p.origin.problem(lang.key(), e)],
            };
            (label, problems)
        }
        Job::Exercise { lesson, index } => {
            let Some(exercise) = lesson.exercises.get(*index) else {
                return (String::new(), Vec::new());
            };
            let label = exercise.id.clone();
            let problems = match &exercise.kind {
                ExerciseKind::Code(code) => check_exercise(ctx, lesson, exercise, code),
                ExerciseKind::Quiz(quiz) => check_quiz_code(ctx, lesson, exercise, quiz),
            };
            (label, problems)
        }
    }
}

/// Judges `files` as the exercise, through the cache.
fn judge(
    ctx: &Ctx,
    lesson: &Lesson,
    exercise: &Exercise,
    code: &CodeExercise,
    files: Vec<(PathBuf, String)>,
) -> Run {
    let key = cache::code_key(lesson, exercise, code, &files);
    let run = ctx.cache.run(key, || {
        Ok(ctx
            .engine
            .judge_files(lesson, exercise, code, files, None, &NoEvents, &ctx.cancel))
    });
    run.unwrap_or_else(|message| Run {
        passed: false,
        inconclusive: true,
        summary: message,
        stdout: String::new(),
    })
}

/// A solution must pass, rules included, lint-clean (`go vet`, `clippy -D
/// warnings`) even where the learner is not held to it: it is what learners
/// are shown as the idiomatic answer. A starter must not pass, nor any
/// `must_fail` program.
fn check_exercise(
    ctx: &Ctx,
    lesson: &Lesson,
    exercise: &Exercise,
    code: &CodeExercise,
) -> Vec<Problem> {
    // The starters as the workspace installs them (a Rust test exercise's
    // main file declaring its tests), the solutions as written.
    let files = |solution: bool| -> Vec<(PathBuf, String)> {
        match solution {
            true => code
                .files
                .iter()
                .map(|f| {
                    let text = lesson.file(&f.solution).unwrap_or_default().to_owned();
                    (PathBuf::from(&f.starter), text)
                })
                .collect(),
            false => crate::workspace::starters(lesson, code)
                .into_iter()
                .map(|(path, text)| (PathBuf::from(path), text))
                .collect(),
        }
    };
    let several = code.files.len() > 1;
    let mut problems = Vec::new();

    let strict = CodeExercise {
        lint: true,
        ..code.clone()
    };
    let solved = judge(ctx, lesson, exercise, &strict, files(true));
    if !solved.passed {
        let renames: Vec<(String, String)> = code
            .files
            .iter()
            .map(|f| (f.starter.clone(), f.solution.clone()))
            .collect();
        problems.push(exercise.origin.problem(
            if several { "solutions" } else { "solution" },
            format!(
                "the solution does not pass: {}",
                rename_files(&solved.summary, &renames)
            ),
        ));
    }

    let started = judge(ctx, lesson, exercise, code, files(false));
    if started.passed {
        problems.push(exercise.origin.problem(
            if several { "files" } else { "file" },
            "the starter already passes: give the learner something to fix or write",
        ));
    } else if started.inconclusive {
        problems.push(exercise.origin.problem(
            if several { "files" } else { "file" },
            format!("the starter could not be checked: {}", started.summary),
        ));
    }
    for (i, program) in code.must_fail.iter().enumerate() {
        let mut wrong = files(false);
        if let Some(main) = wrong.first_mut() {
            main.1 = lesson.file(program).unwrap_or_default().to_owned();
        }
        let run = judge(ctx, lesson, exercise, code, wrong);
        let field = format!("must_fail[{i}]");
        if run.passed {
            problems.push(exercise.origin.problem(
                &field,
                format!(
                    "the must_fail program {program} passes: the check and rules must catch it (add a rule, a test or an output it gets wrong)"
                ),
            ));
        } else if run.inconclusive {
            problems.push(exercise.origin.problem(
                &field,
                format!(
                    "the must_fail program {program} could not be checked: {}",
                    run.summary
                ),
            ));
        }
    }
    problems
}

fn check_quiz_code(ctx: &Ctx, lesson: &Lesson, exercise: &Exercise, quiz: &Quiz) -> Vec<Problem> {
    let Some(snippet) = &quiz.code else {
        return Vec::new();
    };
    let run = ctx.cache.run(
        cache::quiz_key(lesson, exercise, snippet, &quiz.data),
        || match ctx
            .engine
            .run_quiz_code(&exercise.id, &NoEvents, &ctx.cancel)
        {
            Ok(Some(verdict)) => Ok(verdict),
            Ok(None) => Err("the quiz has no program".to_owned()),
            Err(e) => Err(e.to_string()),
        },
    );
    let run = match run {
        Ok(run) => run,
        Err(e) => return vec![exercise.origin.problem("code", e)],
    };
    if !run.passed {
        return vec![
            exercise
                .origin
                .problem("code", not_as_expected(snippet, &run)),
        ];
    }
    let actual = normalize_output(&run.stdout);
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

fn not_as_expected(snippet: &Snippet, run: &Run) -> String {
    format!(
        "{} was expected to be a program that {}, but: {}",
        snippet.file,
        snippet.expect.describe(),
        run.summary
    )
}
