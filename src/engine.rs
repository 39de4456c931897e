//! The one place where packs, the workspace, progress and the runner meet.
//! The command line and the terminal UI both call these functions, so that
//! `gorust check X` and the check key give the same verdict by construction.

use crate::Lang;
use crate::pack::{
    self, Check, CodeExercise, Exercise, ExerciseKind, Expect, Lesson, Pack, Page, Problem,
    ProgramInputs, Snippet,
};
use crate::progress::{Progress, ProgressError};
use crate::runner::{
    CancelToken, EventSink, Expectation, Outcome, Program, Runner, Source, Toolchains, Verdict,
};
use crate::settings::{self, Settings};
use crate::solution::SolutionFile;
use crate::workspace::{self, Workspace, WorkspaceError};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;
use thiserror::Error;

#[derive(Clone, Debug, Default)]
pub struct EngineOptions {
    /// A pack directory instead of the built-in pack.
    pub lessons: Option<PathBuf>,
    /// The workspace root instead of the default.
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Error)]
pub enum EngineError {
    #[error("there is no exercise `{id}` in this pack{}", suggest(.suggestions))]
    UnknownExercise {
        id: String,
        suggestions: Vec<String>,
    },
    #[error("there is no lesson `{0}` in this pack")]
    UnknownLesson(String),
    #[error("lesson `{lesson}` has no page {page} with a {lang} program")]
    NoSnippet {
        lesson: String,
        page: usize,
        lang: Lang,
    },
    #[error("`{0}` is a quiz: answer it with `gorust answer {0} <choice>`")]
    IsAQuiz(String),
    #[error("`{0}` is not a quiz: check it with `gorust check {0}`")]
    NotAQuiz(String),
    #[error("choice {choice} does not exist: `{id}` has choices 0 to {last}")]
    NoSuchChoice {
        id: String,
        choice: usize,
        last: usize,
    },
    #[error(
        "you have not passed `{0}` yet: keep trying, ask for a hint, or use --force to see the solution anyway"
    )]
    NotPassedYet(String),
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
    #[error(transparent)]
    Progress(#[from] ProgressError),
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        "; `gorust list` shows them all".to_owned()
    } else {
        format!("; did you mean {}?", suggestions.join(", "))
    }
}

/// One of a page's programs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageProgram {
    pub lesson: String,
    /// 0-based.
    pub page: usize,
    pub lang: Lang,
}

/// Which text of a page's program is run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnippetSource {
    /// The program as the pack has it (validation, the pack's own tests).
    Pack,
    /// The learner's playground copy where they edited it, else the pack's.
    Playground,
}

/// A request to build and run one of a page's programs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetRun {
    pub program: PageProgram,
    /// Rust only: build with `-O`. Go always builds optimised.
    pub optimize: bool,
    pub source: SnippetSource,
}

/// A hint, with its place among the exercise's hints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    /// 1-based.
    pub index: usize,
    pub total: usize,
    pub text: String,
}

/// The result of answering a quiz.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub correct: bool,
    pub answer: usize,
    pub explain: String,
}

pub struct Engine {
    pack: Pack,
    problems: Vec<Problem>,
    workspace: Workspace,
    runner: Runner,
    /// Output of `same_as` programs, which do not change while gorust runs.
    references: Mutex<HashMap<String, String>>,
    /// A note from loading progress (a damaged file moved aside), shown once.
    notes: Vec<String>,
}

impl Engine {
    /// The engine for a learner: the pack, and their workspace with a copy
    /// of every exercise, so that the paths `gorust list` prints can be
    /// opened in an editor right away.
    pub fn open(options: EngineOptions) -> anyhow::Result<Engine> {
        let mut engine = Engine::open_unprepared(options)?;
        if let Err(e) = engine.prepare_workspace() {
            engine.notes.push(e.to_string());
        }
        Ok(engine)
    }

    /// As [`Engine::open`], but without making the learner's copies of every
    /// exercise: the terminal UI draws first and calls
    /// [`Engine::prepare_workspace`] on a thread of its own (on a slow or
    /// network disk, hundreds of new files take a noticeable while). An
    /// exercise's copies are made anyway when it is opened or checked.
    pub fn open_unprepared(options: EngineOptions) -> anyhow::Result<Engine> {
        let loaded = pack::load(options.lessons.as_deref());
        let root = workspace::resolve_root(options.workspace.as_deref())?;
        Engine::with_pack(loaded, &root)
    }

    /// Makes the learner's copy of every code exercise that has none, so
    /// the whole workspace can be opened in an editor. An untouched copy
    /// follows a changed starter; an edited one is never touched.
    pub fn prepare_workspace(&self) -> Result<(), EngineError> {
        Ok(self.workspace.ensure_all_copies(&self.pack)?)
    }

    /// An engine over an already loaded pack.
    pub fn with_pack(loaded: pack::Loaded, root: &Path) -> anyhow::Result<Engine> {
        let workspace = Workspace::open(root, &loaded.pack)?;
        let runner = Runner::new(workspace.cache_dir());
        let mut notes = Vec::new();
        match workspace.progress().load() {
            Ok((_, note)) => {
                if let Some(aside) = note.damaged_moved_to {
                    notes.push(format!(
                        "your progress file was damaged; it was moved to {} and progress starts afresh",
                        aside.display()
                    ));
                }
            }
            Err(e) => notes.push(e.to_string()),
        }
        Ok(Engine {
            pack: loaded.pack,
            problems: loaded.problems,
            workspace,
            runner,
            references: Mutex::new(HashMap::new()),
            notes,
        })
    }

    pub fn pack(&self) -> &Pack {
        &self.pack
    }

    /// Problems found while loading the pack; the rest of it stays usable.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Warnings worth showing once (a damaged progress file, say).
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    pub fn runner(&self) -> &Runner {
        &self.runner
    }

    /// `text` as the language's formatter lays it out (gofmt, rustfmt).
    pub fn format(
        &self,
        lang: crate::Lang,
        text: &str,
        cancel: &crate::runner::CancelToken,
    ) -> Result<String, crate::runner::FormatError> {
        self.runner.format(lang, text, cancel)
    }

    pub fn toolchains(&self) -> &Toolchains {
        self.runner.toolchains()
    }

    pub fn find(&self, id: &str) -> Result<(&Lesson, &Exercise), EngineError> {
        self.pack
            .exercise(id)
            .ok_or_else(|| EngineError::UnknownExercise {
                id: id.to_owned(),
                suggestions: self
                    .pack
                    .exercises()
                    .map(|(_, e)| e.id.clone())
                    .filter(|e| e.contains(id) || id.contains(e.as_str()))
                    .take(3)
                    .collect(),
            })
    }

    fn find_code(&self, id: &str) -> Result<(&Lesson, &Exercise, &CodeExercise), EngineError> {
        let (lesson, exercise) = self.find(id)?;
        match &exercise.kind {
            ExerciseKind::Code(code) => Ok((lesson, exercise, code)),
            ExerciseKind::Quiz(_) => Err(EngineError::IsAQuiz(id.to_owned())),
        }
    }

    /// The learner's files for an exercise (main file first), created from
    /// the starters if needed.
    pub fn learner_files(&self, id: &str) -> Result<Vec<PathBuf>, EngineError> {
        let (lesson, exercise, _) = self.find_code(id)?;
        Ok(self.workspace.ensure_copies(&self.pack, lesson, exercise)?)
    }

    /// Checks the learner's copy and records the attempt.
    pub fn check(
        &self,
        id: &str,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> Result<Verdict, EngineError> {
        let (lesson, exercise, code) = self.find_code(id)?;
        self.workspace.ensure_copies(&self.pack, lesson, exercise)?;
        let files = self.workspace.read_files(exercise)?;
        // Paths in diagnostics stay relative to the exercise's folder
        // (`own_test.rs:10:5`), where the learner's and the pack's files are.
        let verdict = self.judge_files(lesson, exercise, code, files, None, events, cancel);
        if !verdict.outcome.is_inconclusive() {
            let passed = verdict.passed();
            self.workspace
                .progress()
                .update(|p| p.record_attempt(id, passed))?;
        }
        Ok(verdict)
    }

    /// Builds and judges an exercise made of the given files (the learner's
    /// copies, or the starter or solution when validating a pack).
    #[allow(clippy::too_many_arguments)]
    pub fn judge_files(
        &self,
        lesson: &Lesson,
        exercise: &Exercise,
        code: &CodeExercise,
        files: Vec<(PathBuf, String)>,
        display_dir: Option<PathBuf>,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> Verdict {
        let expectation = match &code.check {
            Check::Stdout(text) => Expectation::Stdout(text.clone()),
            Check::Test(_) => Expectation::Success,
            Check::SameAs(file) => {
                match self.reference_output(lesson, exercise, code, file, cancel) {
                    Ok(text) => Expectation::Stdout(text),
                    Err(verdict) => return *verdict,
                }
            }
        };
        // Rules look at the learner's text once the program has passed.
        let checked_files = (!code.rules.is_empty()).then(|| files.clone());
        let mut program = Program::new(
            code.lang,
            exercise.id.clone(),
            files
                .into_iter()
                .map(|(path, text)| Source::new(path, text))
                .collect(),
        );
        program.tests = workspace::test_sources(lesson, code);
        feed(&mut program, lesson, &code.inputs);
        program.race = code.race;
        program.go_version = lesson.go;
        program.optimize = code.optimize;
        program.lint = code.lint;
        program.timeout = Duration::from_secs(code.timeout_secs);
        program.display_dir = display_dir;
        let verdict = self.runner.run(&program, &expectation, events, cancel);
        match checked_files {
            Some(files) if verdict.passed() => apply_rules(verdict, code, &files),
            _ => verdict,
        }
    }

    /// Runs the `same_as` program once and remembers its output.
    fn reference_output(
        &self,
        lesson: &Lesson,
        exercise: &Exercise,
        code: &CodeExercise,
        file: &str,
        cancel: &CancelToken,
    ) -> Result<String, Box<Verdict>> {
        let key = format!("{}/{file}", lesson.dir);
        if let Ok(cache) = self.references.lock()
            && let Some(text) = cache.get(&key)
        {
            return Ok(text.clone());
        }
        let snippet = Snippet {
            lang: code.lang.other(),
            file: file.to_owned(),
            expect: Expect::Output,
        };
        let mut program = snippet_program(lesson, &snippet, format!("{}-reference", exercise.id));
        feed(&mut program, lesson, &code.inputs);
        program.timeout = Duration::from_secs(code.timeout_secs);
        let verdict = self.runner.run(
            &program,
            &Expectation::Success,
            &crate::runner::NoEvents,
            cancel,
        );
        if !verdict.passed() {
            let message = format!(
                "the {} program this exercise is compared with ({file}) did not run: {}",
                snippet.lang,
                verdict.outcome.title()
            );
            return Err(Box::new(match verdict.outcome {
                Outcome::ToolchainMissing { .. } | Outcome::Cancelled => verdict,
                _ => verdict.with_outcome(Outcome::Error { message }),
            }));
        }
        if let Ok(mut cache) = self.references.lock() {
            cache.insert(key, verdict.stdout.clone());
        }
        Ok(verdict.stdout)
    }

    /// A page's program: its lesson, page and snippet.
    fn page_program(&self, p: &PageProgram) -> Result<(&Lesson, &Page, &Snippet), EngineError> {
        let lesson = self
            .pack
            .lesson(&p.lesson)
            .ok_or_else(|| EngineError::UnknownLesson(p.lesson.clone()))?;
        let no_snippet = || EngineError::NoSnippet {
            lesson: p.lesson.clone(),
            page: p.page,
            lang: p.lang,
        };
        let page = lesson.pages.get(p.page).ok_or_else(no_snippet)?;
        let snippet = page.snippet(p.lang).ok_or_else(no_snippet)?;
        Ok((lesson, page, snippet))
    }

    /// Builds and runs one of a page's programs, judged by the page's
    /// `expect`. From the playground, a copy the learner edited is run in
    /// place of the pack's program; one that was meant not to compile is then
    /// run when it compiles, so the learner sees what their edit does.
    pub fn run_snippet(
        &self,
        run: &SnippetRun,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> Result<Verdict, EngineError> {
        let (lesson, page, snippet) = self.page_program(&run.program)?;
        let edited = match run.source {
            SnippetSource::Pack => None,
            SnippetSource::Playground => self
                .workspace
                .playground_text(lesson, run.program.page, snippet)?
                .filter(|text| Some(text.as_str()) != lesson.file(&snippet.file)),
        };
        let lang = run.program.lang;
        let mut name = format!("snippet-{}-{}-{}", lesson.id, run.program.page, lang.key());
        if edited.is_some() {
            name.push_str("-edited");
        }
        let mut program = snippet_program(lesson, snippet, name);
        if let (Some(text), Some(main)) = (&edited, program.sources.first_mut()) {
            main.contents = text.clone();
        }
        if lang == Lang::Rust {
            program.optimize = run.optimize;
        }
        feed(&mut program, lesson, &page.inputs);
        let expect = expectation_of(&snippet.expect);
        Ok(match (&expect, edited) {
            (Expectation::CompileError { codes }, Some(_)) => {
                let verdict = self
                    .runner
                    .run(&program, &Expectation::Success, events, cancel);
                edited_compile_error(verdict, codes)
            }
            _ => self.runner.run(&program, &expect, events, cancel),
        })
    }

    /// The learner's copy of a page program (made from the pack's on first
    /// use), to edit.
    pub fn playground_file(&self, p: &PageProgram) -> Result<PathBuf, EngineError> {
        let (lesson, page, snippet) = self.page_program(p)?;
        let path = self
            .workspace
            .ensure_playground(lesson, p.page, page, snippet)?;
        // A Rust copy is a target of the workspace's Cargo.toml.
        self.workspace.write_cargo_manifest(&self.pack)?;
        Ok(path)
    }

    /// The text of the learner's copy of a page program, if there is one.
    pub fn playground_text(&self, p: &PageProgram) -> Result<Option<String>, EngineError> {
        let (lesson, _, snippet) = self.page_program(p)?;
        Ok(self.workspace.playground_text(lesson, p.page, snippet)?)
    }

    /// Puts the pack's program back on the page; returns the backup of the
    /// learner's edited copy, if it differed.
    pub fn reset_playground(&self, p: &PageProgram) -> Result<Option<PathBuf>, EngineError> {
        let (lesson, _, snippet) = self.page_program(p)?;
        let backup = self.workspace.reset_playground(lesson, p.page, snippet)?;
        // The copy is gone: so is its target (cargo refuses a missing one).
        self.workspace.write_cargo_manifest(&self.pack)?;
        Ok(backup)
    }

    /// Runs a quiz's program, judged by its `expect`.
    pub fn run_quiz_code(
        &self,
        id: &str,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> Result<Option<Verdict>, EngineError> {
        let (lesson, exercise) = self.find(id)?;
        let ExerciseKind::Quiz(quiz) = &exercise.kind else {
            return Err(EngineError::NotAQuiz(id.to_owned()));
        };
        let Some(snippet) = &quiz.code else {
            return Ok(None);
        };
        let mut program = snippet_program(lesson, snippet, format!("quiz-{id}"));
        program.data = workspace::data_files(lesson, &quiz.data);
        Ok(Some(self.runner.run(
            &program,
            &expectation_of(&snippet.expect),
            events,
            cancel,
        )))
    }

    /// Shows the next hint and counts it; after the last, the last again.
    pub fn next_hint(&self, id: &str) -> Result<Option<Hint>, EngineError> {
        let (_, exercise) = self.find(id)?;
        let hints = exercise.hints();
        if hints.is_empty() {
            return Ok(None);
        }
        let total = hints.len();
        let (shown, _) = self.workspace.progress().update(|p| {
            let entry = p.exercises.entry(id.to_owned()).or_default();
            entry.hints_shown = (entry.hints_shown + 1).min(total as u32);
            entry.hints_shown as usize
        })?;
        Ok(Some(Hint {
            index: shown,
            total,
            text: hints[shown - 1].clone(),
        }))
    }

    /// Answers a quiz (`choice` is 0-based) and records the attempt.
    pub fn answer(&self, id: &str, choice: usize) -> Result<Answer, EngineError> {
        let (_, exercise) = self.find(id)?;
        let ExerciseKind::Quiz(quiz) = &exercise.kind else {
            return Err(EngineError::NotAQuiz(id.to_owned()));
        };
        if choice >= quiz.choices.len() {
            return Err(EngineError::NoSuchChoice {
                id: id.to_owned(),
                choice,
                last: quiz.choices.len().saturating_sub(1),
            });
        }
        let correct = choice == quiz.answer;
        self.workspace
            .progress()
            .update(|p| p.record_attempt(id, correct))?;
        Ok(Answer {
            correct,
            answer: quiz.answer,
            explain: quiz.explain.clone(),
        })
    }

    /// Restores the starters of an exercise; returns the backups made.
    pub fn reset(&self, id: &str) -> Result<Vec<PathBuf>, EngineError> {
        let (lesson, exercise, _) = self.find_code(id)?;
        Ok(self.workspace.reset(&self.pack, lesson, exercise)?)
    }

    /// The reference solution, once passed or forced, beside the learner's
    /// copy of each file (read as it is now; `None` where there is none).
    pub fn solution(&self, id: &str, force: bool) -> Result<Vec<SolutionFile>, EngineError> {
        let (lesson, exercise, code) = self.find_code(id)?;
        if !force && self.progress()?.status(id) != crate::progress::Status::Passed {
            return Err(EngineError::NotPassedYet(exercise.id.clone()));
        }
        let copies = self.workspace.paths(exercise)?;
        // As the learner's file would hold it, so that the test modules a
        // Rust starter declares are no difference.
        Ok(workspace::solutions(lesson, code)
            .into_iter()
            .zip(copies)
            .map(|((path, reference), copy)| SolutionFile {
                path,
                reference,
                yours: std::fs::read_to_string(copy).ok(),
            })
            .collect())
    }

    pub fn progress(&self) -> Result<Progress, EngineError> {
        let (mut progress, _) = self.workspace.progress().load()?;
        progress.pack.title = self.pack.title.clone();
        progress.pack.version = self.pack.version.clone();
        progress.learner = settings::load(self.workspace.root()).learner;
        Ok(progress)
    }

    pub fn settings(&self) -> Settings {
        settings::load(self.workspace.root())
    }

    pub fn save_settings(&self, settings: &Settings) -> Result<(), settings::SettingsError> {
        settings::save(self.workspace.root(), settings)
    }

    /// Saves what the terminal UI changes (the language shown first, the
    /// theme, the welcome, this pack's position) into the settings as they
    /// are on disk now, so a learner name set meanwhile is kept.
    pub fn save_ui_settings(&self, ui: &Settings) -> Result<(), settings::SettingsError> {
        let key = self.pack_key();
        let position = ui.position(&key);
        settings::update(self.workspace.root(), |s| {
            s.from = ui.from;
            s.theme = ui.theme;
            s.welcomed = ui.welcomed;
            s.positions.insert(key, position);
        })
    }

    /// The key of this pack's position in the settings.
    pub fn pack_key(&self) -> String {
        workspace::pack_slug(&self.pack.source)
    }
}

/// A passing verdict becomes Rule not met when the files break a rule;
/// a failing one is never hidden behind a rule.
fn apply_rules(verdict: Verdict, code: &CodeExercise, files: &[(PathBuf, String)]) -> Verdict {
    match crate::rules::first_broken(&code.rules, code.lang, files) {
        Some(broken) => verdict.with_outcome(Outcome::RuleFailed {
            message: broken.message,
            file: broken.file,
            line: broken.line,
        }),
        None => verdict,
    }
}

pub fn expectation_of(expect: &Expect) -> Expectation {
    match expect {
        Expect::Output => Expectation::Success,
        Expect::CompileError { codes } => Expectation::CompileError {
            codes: codes.clone(),
        },
        Expect::Panic => Expectation::Panic,
        Expect::Race => Expectation::Race,
    }
}

/// An edited copy of a page program that was meant not to compile, run as
/// an ordinary program: failing with the page's codes is still what the
/// page expected; compiling and running cleanly is said as it is, with what
/// it printed, and never as a pass; any other failure is shown as it is.
fn edited_compile_error(verdict: Verdict, codes: &[String]) -> Verdict {
    let expected = if codes.is_empty() {
        "a compile error (the page's program does not compile)".to_owned()
    } else {
        format!(
            "a compile error with {} (the page's program)",
            codes.join(", ")
        )
    };
    let outcome = match &verdict.outcome {
        Outcome::CompileError { codes: got, .. } if codes.iter().all(|c| got.contains(c)) => {
            Outcome::Passed
        }
        Outcome::CompileError { codes: got, .. } => Outcome::NotAsExpected {
            expected,
            actual: if got.is_empty() {
                "your copy fails with a compile error without an error code".to_owned()
            } else {
                format!("your copy fails with {}", got.join(", "))
            },
        },
        Outcome::Passed => Outcome::NotAsExpected {
            expected,
            actual: "your copy compiled and ran, and exited with status 0".to_owned(),
        },
        _ => return verdict,
    };
    verdict.with_outcome(outcome)
}

/// Gives a program what its page or exercise feeds it: data files, stdin
/// and, in Rust, crates.
fn feed(program: &mut Program, lesson: &Lesson, inputs: &ProgramInputs) {
    program.data = workspace::data_files(lesson, &inputs.data);
    program.stdin = inputs.stdin.clone().unwrap_or_default().into_bytes();
    if program.lang == Lang::Rust {
        program.crates = inputs.crates.clone();
    }
}

/// A lesson's program as the runner sees it.
pub fn snippet_program(lesson: &Lesson, snippet: &Snippet, name: String) -> Program {
    let file_name = workspace::snippet_file_name(snippet);
    let mut program = Program::new(
        snippet.lang,
        name,
        vec![Source::new(
            file_name,
            lesson.file(&snippet.file).unwrap_or_default(),
        )],
    );
    program.race = snippet.expect == Expect::Race;
    program.go_version = lesson.go;
    program
}
