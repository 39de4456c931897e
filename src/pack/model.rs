//! The pack as the rest of gorust sees it: checked, resolved, and holding the
//! text of every file its lessons name.

use crate::runner::is_error_code;
use crate::{GoVersion, Lang};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Where a pack (or one lesson of it) comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackSource {
    /// The pack embedded in the gorust binary.
    Builtin,
    /// A pack directory on disk.
    Dir(PathBuf),
}

#[derive(Clone, Debug)]
pub struct Pack {
    pub title: String,
    pub version: Option<String>,
    pub description: String,
    pub source: PackSource,
    pub lessons: Vec<Lesson>,
    pub tracks: Vec<Track>,
    /// The Go language version the pack's programs are built with
    /// (`go:` in pack.yaml; `GoVersion::MIN` when not given).
    pub go: GoVersion,
}

#[derive(Clone, Debug)]
pub struct Track {
    pub id: String,
    pub title: String,
    pub description: String,
    /// Lesson ids, in the track's order.
    pub lessons: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Lesson {
    pub id: String,
    /// The lesson's directory name inside its pack.
    pub dir: String,
    pub source: PackSource,
    pub title: String,
    /// One line, shown in the catalog.
    pub summary: String,
    /// Read in order; the exercises come after the last page.
    pub pages: Vec<Page>,
    pub exercises: Vec<Exercise>,
    /// Text of every file the lesson names, by lesson-relative path.
    pub files: BTreeMap<String, String>,
    /// The effective Go version of the lesson's programs: its `go:` if
    /// given (never below the pack's), else the pack's.
    pub go: GoVersion,
    /// Ids of the lessons this one builds on (`requires:`).
    pub requires: Vec<String>,
    /// Contents of every data file the lesson names, by lesson-relative path.
    pub data: BTreeMap<String, Vec<u8>>,
}

/// Where something was written, for problems found after loading.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    /// The lesson.yaml, as a path an author can open.
    pub file: String,
    pub line: Option<u32>,
    /// `pages[2]`, `exercises[0]`.
    pub field: String,
}

impl Origin {
    /// A problem at this place, in a sub-field (`solution`, `go`, ...).
    pub fn problem(&self, sub: &str, message: impl Into<String>) -> super::Problem {
        let field = if sub.is_empty() {
            self.field.clone()
        } else {
            format!("{}.{sub}", self.field)
        };
        let mut p = super::Problem::new(&self.file, message).field(field);
        p.line = self.line;
        p
    }
}

#[derive(Clone, Debug)]
pub struct Page {
    pub origin: Origin,
    pub title: String,
    /// Markdown prose.
    pub text: String,
    /// The page's program in each language, if it has one; shown side by
    /// side and run with `r`.
    pub go: Option<Snippet>,
    pub rust: Option<Snippet>,
    /// rustc error codes (`E0382`) this page explains: a compile error with
    /// one of them offers a jump here.
    pub explains: Vec<String>,
    /// Messages of Go's compiler or vet this page explains, each matched as
    /// a plain, case-sensitive substring of the output.
    pub explains_go: Vec<String>,
    /// What the snippets are given when they run.
    pub inputs: ProgramInputs,
}

/// What a page's snippets or an exercise's program are given when they
/// run, beside their source.
#[derive(Clone, Debug, Default)]
pub struct ProgramInputs {
    /// Rust only: crates from the allowed list.
    pub crates: Vec<String>,
    /// Fed to standard input; none means an empty input.
    pub stdin: Option<String>,
    /// Data files copied beside the program (lesson-relative paths).
    pub data: Vec<String>,
}

/// A complete program shown on a page or with a quiz.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub lang: Lang,
    /// Lesson-relative path.
    pub file: String,
    pub expect: Expect,
}

/// What a snippet must do when it is built and run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    Output,
    CompileError { codes: Vec<String> },
    Panic,
    Race,
}

impl Expect {
    /// Parses `output`, `compile-error [E0382 ...]`, `panic` or `race`.
    pub fn parse(text: &str) -> Option<Expect> {
        let mut words = text.split_whitespace();
        let head = words.next()?;
        let rest: Vec<String> = words.map(str::to_owned).collect();
        match head {
            "compile-error" if rest.iter().all(|c| is_error_code(c)) => {
                Some(Expect::CompileError { codes: rest })
            }
            "output" if rest.is_empty() => Some(Expect::Output),
            "panic" if rest.is_empty() => Some(Expect::Panic),
            "race" if rest.is_empty() => Some(Expect::Race),
            _ => None,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Expect::Output => "builds and runs".to_owned(),
            Expect::CompileError { codes } if codes.is_empty() => "does not compile".to_owned(),
            Expect::CompileError { codes } => format!("does not compile ({})", codes.join(", ")),
            Expect::Panic => "panics".to_owned(),
            Expect::Race => "reports a data race".to_owned(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Exercise {
    pub origin: Origin,
    pub id: String,
    pub title: String,
    pub kind: ExerciseKind,
}

#[derive(Clone, Debug)]
pub enum ExerciseKind {
    Code(CodeExercise),
    Quiz(Quiz),
}

impl Exercise {
    pub fn lang(&self) -> Option<Lang> {
        match &self.kind {
            ExerciseKind::Code(code) => Some(code.lang),
            ExerciseKind::Quiz(_) => None,
        }
    }

    /// `go`, `rust` or `quiz`, as in `gorust list --json`.
    pub fn kind_key(&self) -> &'static str {
        match &self.kind {
            ExerciseKind::Code(code) => code.lang.key(),
            ExerciseKind::Quiz(_) => "quiz",
        }
    }

    pub fn hints(&self) -> &[String] {
        match &self.kind {
            ExerciseKind::Code(code) => &code.hints,
            ExerciseKind::Quiz(_) => &[],
        }
    }
}

#[derive(Clone, Debug)]
pub struct CodeExercise {
    pub lang: Lang,
    /// Markdown: what to do, often with the exact output expected.
    pub task: String,
    /// The learner's files; the first is the main file.
    pub files: Vec<ExerciseFile>,
    /// How a run is judged: its output, the pack's tests, or the same
    /// output as a reference program.
    pub check: Check,
    pub inputs: ProgramInputs,
    /// Go only: built and run with the race detector; a reported race fails.
    pub race: bool,
    /// `go vet` and gofmt, or clippy, must be clean as well.
    pub lint: bool,
    /// Wall-clock limit of one run of the program or its tests.
    pub timeout_secs: u64,
    /// Given one at a time, on request.
    pub hints: Vec<String>,
    /// Rust built with optimisations; Go is always optimised.
    pub optimize: bool,
    /// Patterns the learner's files must avoid or contain.
    pub rules: Vec<Rule>,
    /// Lesson-relative programs of the exercise's language that must not
    /// pass; each replaces the main file.
    pub must_fail: Vec<String>,
}

/// A pattern checked against the learner's files, comments and string
/// literals blanked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub kind: RuleKind,
    /// A `regex` crate pattern, its syntax checked when the pack is loaded.
    pub pattern: String,
    /// Shown to the learner when the rule is not met.
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// Fails when the pattern matches anywhere.
    Forbid,
    /// Fails when the pattern matches nowhere.
    Require,
}

impl RuleKind {
    /// The YAML key of the rule.
    pub fn key(self) -> &'static str {
        match self {
            RuleKind::Forbid => "forbid",
            RuleKind::Require => "require",
        }
    }
}

/// One file of an exercise: the starter the learner edits and its solution.
#[derive(Clone, Debug)]
pub struct ExerciseFile {
    /// Lesson-relative path of the starter; also the learner's copy's path.
    pub starter: String,
    /// Lesson-relative path of the reference solution.
    pub solution: String,
}

#[derive(Clone, Debug)]
pub enum Check {
    Stdout(String),
    /// A program in the other language whose live output is expected.
    SameAs(String),
    /// Test files (lesson-relative paths), at least one.
    Test(Vec<String>),
}

#[derive(Clone, Debug)]
pub struct Quiz {
    pub question: String,
    pub choices: Vec<String>,
    pub answer: usize,
    pub explain: String,
    pub code: Option<Snippet>,
    /// Data files the code reads (lesson-relative paths), as a page's.
    pub data: Vec<String>,
}

pub const DEFAULT_TIMEOUT_SECS: u64 = crate::runner::DEFAULT_RUN_TIMEOUT.as_secs();
pub const MAX_TIMEOUT_SECS: u64 = 120;

impl Pack {
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    /// Finds an exercise by id anywhere in the pack.
    pub fn exercise(&self, id: &str) -> Option<(&Lesson, &Exercise)> {
        self.lessons
            .iter()
            .find_map(|l| l.exercises.iter().find(|e| e.id == id).map(|e| (l, e)))
    }

    pub fn exercises(&self) -> impl Iterator<Item = (&Lesson, &Exercise)> {
        self.lessons
            .iter()
            .flat_map(|l| l.exercises.iter().map(move |e| (l, e)))
    }

    /// Pages whose `explains` names a rustc error code, as (lesson, page index, page).
    pub fn pages_explaining<'a>(
        &'a self,
        code: &'a str,
    ) -> impl Iterator<Item = (&'a Lesson, usize, &'a Page)> + 'a {
        self.lessons.iter().flat_map(move |l| {
            l.pages
                .iter()
                .enumerate()
                .filter(move |(_, p)| p.explains.iter().any(|c| c == code))
                .map(move |(i, p)| (l, i, p))
        })
    }

    /// Pages with an `explains_go` message that `output` (a Go build's or
    /// vet's) contains, as (lesson, page index, page, message): the page of
    /// the message found earliest in the output first, and of two found at
    /// the same place the longer (more specific) one; each page once.
    pub fn pages_explaining_go<'a>(
        &'a self,
        output: &str,
    ) -> Vec<(&'a Lesson, usize, &'a Page, &'a str)> {
        let mut found: Vec<(usize, &Lesson, usize, &Page, &str)> = Vec::new();
        for lesson in &self.lessons {
            for (i, page) in lesson.pages.iter().enumerate() {
                let earliest = page
                    .explains_go
                    .iter()
                    .filter_map(|m| output.find(m.as_str()).map(|at| (at, m.as_str())))
                    .min_by_key(|(at, m)| (*at, std::cmp::Reverse(m.len())));
                if let Some((at, message)) = earliest {
                    found.push((at, lesson, i, page, message));
                }
            }
        }
        // Stable: pages of one message keep the pack's order.
        found.sort_by_key(|(at, _, _, _, m)| (*at, std::cmp::Reverse(m.len())));
        found
            .into_iter()
            .map(|(_, lesson, i, page, message)| (lesson, i, page, message))
            .collect()
    }

    /// The lessons of a track, or all of them.
    pub fn lessons_in(&self, track: Option<&Track>) -> Vec<&Lesson> {
        match track {
            None => self.lessons.iter().collect(),
            Some(t) => t.lessons.iter().filter_map(|id| self.lesson(id)).collect(),
        }
    }

    /// The track ids, for a message about a track that does not exist.
    pub fn track_ids(&self) -> String {
        if self.tracks.is_empty() {
            return "(none)".to_owned();
        }
        let ids: Vec<&str> = self.tracks.iter().map(|t| t.id.as_str()).collect();
        ids.join(", ")
    }

    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.id == id)
    }
}

impl Lesson {
    pub fn file(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }
}

impl Page {
    /// The page's program in `lang`, if it has one.
    pub fn snippet(&self, lang: Lang) -> Option<&Snippet> {
        match lang {
            Lang::Go => self.go.as_ref(),
            Lang::Rust => self.rust.as_ref(),
        }
    }
}
