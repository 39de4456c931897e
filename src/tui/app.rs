//! The whole state of the UI. Nothing here does I/O: the app is built from
//! data the executor loaded, changed only by `update`, and drawn by `ui`.

use super::editor::Editor;
use super::job::JobSlot;
use super::layout::Side;
use super::services::{ExerciseProgress, ServiceError, Status, ToolInfo};
use super::theme::{Palette, Theme};
use crate::Lang;
use crate::lang::PerLang;
use crate::pack::{Exercise, ExerciseKind, Lesson, Pack, Page};
use crate::runner::{Metrics, Outcome, Verdict};
use crate::settings::{Position, Settings};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// How the UI is started (`gorust`, `gorust open <id>`, flags).
#[derive(Clone, Debug, Default)]
pub struct TuiOptions {
    /// A lesson or exercise id to open straight away.
    pub open: Option<String>,
    /// The language the learner knows; shown first (left or top).
    pub from: Option<Lang>,
    pub theme: Option<Theme>,
    /// Show only this track's lessons, in its order.
    pub track: Option<String>,
}

/// Everything `App::new` needs, loaded beforehand by the caller.
#[derive(Clone, Debug, Default)]
pub struct Init {
    pub progress: HashMap<String, ExerciseProgress>,
    pub settings: Settings,
    /// Where this pack's position is kept in the settings.
    pub pack_key: String,
    pub toolchains: Vec<ToolInfo>,
    pub problems: Vec<String>,
    pub options: TuiOptions,
    /// False under NO_COLOR.
    pub color: bool,
    /// The theme to use when neither the flag nor the saved state names one.
    pub default_theme: Theme,
    pub size: (u16, u16),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Catalog,
    Lesson,
    Exercise,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Confirm(Confirm),
    Solution {
        files: Vec<crate::solution::SolutionFile>,
        scroll: u16,
        tab: SolutionTab,
        /// Shown after a pass (the diff first), or forced before one.
        passed: bool,
    },
    /// `rustc --explain code`, as [`App::rustc_explanations`] holds it.
    RustcExplain {
        code: String,
        scroll: u16,
    },
}

/// `rustc --explain` of one code, asked once per session.
#[derive(Clone, Debug, PartialEq)]
pub enum CodeExplanation {
    Running,
    Done(Result<String, ServiceError>),
}

impl CodeExplanation {
    /// Asked already: running, or answered by rustc (its text, or its
    /// refusal of the code, or that it is missing, which the runner has
    /// settled for the session). Only a failure to start the work is
    /// worth asking again.
    pub fn settled(&self) -> bool {
        !matches!(
            self,
            CodeExplanation::Done(Err(ServiceError::Thread { .. }))
        )
    }
}

/// Where `o` leads from the open exercise's verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExplainTarget {
    /// A page of the pack (indices into `pack.lessons` and its pages) that
    /// explains a rustc code or a Go message of the verdict.
    Page {
        lesson: usize,
        page: usize,
        /// The code (`E0382`) or the Go message.
        explains: String,
        lang: Lang,
        title: String,
    },
    /// No page does: rustc's own explanation of the verdict's first code.
    Rustc(String),
}

/// What the solution overlay shows; Tab switches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SolutionTab {
    /// The learner's files against the reference, as a unified diff.
    Diff,
    /// The reference as it is, highlighted.
    Reference,
}

impl SolutionTab {
    pub fn other(self) -> SolutionTab {
        match self {
            SolutionTab::Diff => SolutionTab::Reference,
            SolutionTab::Reference => SolutionTab::Diff,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    Reset,
    /// Put a page's own program back in place of the learner's copy.
    ResetProgram(Lang),
    ShowSolution,
    /// Close the built-in editor without saving.
    DiscardEdits,
    /// Quit with unsaved edits in the built-in editor.
    QuitDiscarding,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Good,
    Bad,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub tone: Tone,
    /// What makes the message untrue, so it goes then (if no other took
    /// its place); `None`: it stays until the next one.
    pub lapse: Option<Lapse>,
}

/// The state change a message describes the state before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lapse {
    /// "Editing here…", "Esc closes the editor".
    EditorCloses,
    /// "Building and running both programs…".
    PageRunsEnd,
}

#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// Index into the filtered rows.
    pub selected: usize,
    pub filter: String,
    pub filtering: bool,
}

/// Panes of the lesson screen: the prose, and each language's program and
/// its output (where they go on screen is the layout's business).
/// Why a lesson is in the filtered catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterMatch {
    Title,
    Summary,
    Page(String),
    Exercise(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LessonPane {
    #[default]
    Prose,
    Code(Lang),
    Output(Lang),
}

/// The measured figures of the Rust program of a page, per build mode, so
/// the page can show both once it ran in both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RustBuilds {
    pub debug: Option<Metrics>,
    pub optimized: Option<Metrics>,
}

impl RustBuilds {
    pub fn both(&self) -> Option<(&Metrics, &Metrics)> {
        Some((self.debug.as_ref()?, self.optimized.as_ref()?))
    }
}

pub struct LessonView {
    /// Index into `pack.lessons`.
    pub lesson: usize,
    pub page: usize,
    pub focus: LessonPane,
    /// The focused pane takes the whole body.
    pub zoom: bool,
    pub prose_scroll: u16,
    /// Scroll of each language's code and output.
    pub code_scroll: PerLang<u16>,
    pub output_scroll: PerLang<u16>,
    /// Snippet runs by language; an output pane shows once one ran.
    pub runs: PerLang<JobSlot>,
    /// Set when the page was opened from an exercise's "explain" jump.
    pub return_to: Option<(usize, usize)>,
    /// The learner's copy of each program as last read; `None` while the
    /// page shows (and runs) the pack's program.
    pub playground: PerLang<Option<String>>,
    /// Where each program's copy is, once made (to edit it).
    pub playground_paths: PerLang<Option<PathBuf>>,
    /// The program being edited in $VISUAL/$EDITOR.
    pub editing_outside: Option<Lang>,
    /// The built-in editor, on one of the page's programs.
    pub editor: Option<Editor>,
    /// Rust programs build with `-O` (Go always builds optimised).
    pub optimize: bool,
    /// Whether the Rust run shown (or running) was built with `-O`.
    pub rust_ran_optimized: bool,
    pub rust_builds: RustBuilds,
}

impl LessonView {
    pub fn new(lesson: usize, page: usize) -> LessonView {
        LessonView {
            lesson,
            page,
            focus: LessonPane::Prose,
            zoom: false,
            prose_scroll: 0,
            code_scroll: PerLang::default(),
            output_scroll: PerLang::default(),
            runs: PerLang::default(),
            return_to: None,
            playground: PerLang::default(),
            playground_paths: PerLang::default(),
            editing_outside: None,
            editor: None,
            optimize: false,
            rust_ran_optimized: false,
            rust_builds: RustBuilds::default(),
        }
    }
}

/// How often a tick arrives (spinners, elapsed time).
pub const TICK_MILLIS: u64 = 250;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ExercisePane {
    #[default]
    Task,
    /// The learner's file, read-only.
    Code,
    Result,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum WatchState {
    #[default]
    Off,
    Starting,
    On,
    Failed(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuizAnswer {
    pub choice: usize,
    pub correct: bool,
}

pub struct ExerciseView {
    pub lesson: usize,
    /// Index into the lesson's exercises.
    pub index: usize,
    /// The learner's copies, once known; first = main file.
    pub files: Vec<PathBuf>,
    /// Why the copies could not be made or read (a file that is not text,
    /// say), until they can.
    pub files_error: Option<String>,
    /// The check: running, its verdict, and whether to check again.
    pub run: JobSlot,
    pub focus: ExercisePane,
    pub zoom: bool,
    pub task_scroll: u16,
    pub result_scroll: u16,
    /// The learner's main file as last read (on opening and after each
    /// save, from any editor); `None` until read.
    pub code: Option<String>,
    pub code_scroll: u16,
    /// Follow the tail of the result pane while output streams.
    pub follow: bool,
    /// The hints asked for so far, in order.
    pub hints: Vec<String>,
    /// How many hints the exercise has.
    pub hints_total: usize,
    /// The choice made on a quiz, and whether it was right.
    pub quiz: Option<QuizAnswer>,
    /// Whether saves of the learner's files are followed.
    pub watch: WatchState,
    /// The built-in editor, when open on the main file.
    pub editor: Option<Editor>,
}

/// Exercises whose last verdict is kept; the oldest is forgotten first, so a
/// long session stays small.
pub const KEPT_VERDICTS: usize = 64;

/// The last verdict per exercise id, at most [`KEPT_VERDICTS`] of them.
#[derive(Clone, Debug, Default)]
pub struct RecentVerdicts {
    /// Oldest first.
    entries: Vec<(String, Verdict)>,
}

impl RecentVerdicts {
    /// Keeps `verdict` as the last of `exercise`, replacing an older one.
    pub fn keep(&mut self, exercise: &str, verdict: Verdict) {
        self.entries.retain(|(id, _)| id != exercise);
        if self.entries.len() >= KEPT_VERDICTS {
            self.entries.remove(0);
        }
        self.entries.push((exercise.to_owned(), verdict));
    }

    pub fn get(&self, exercise: &str) -> Option<&Verdict> {
        self.entries
            .iter()
            .find(|(id, _)| id == exercise)
            .map(|(_, v)| v)
    }

    /// Forgets `exercise`'s verdict (its copy was reset to the starter).
    pub fn forget(&mut self, exercise: &str) {
        self.entries.retain(|(id, _)| id != exercise);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

pub struct App {
    pub pack: Arc<Pack>,
    /// Catalog rows: indices into `pack.lessons`, in pack or track order.
    pub order: Vec<usize>,
    pub track_title: Option<String>,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub catalog: Catalog,
    /// How far the welcome page is scrolled.
    pub welcome_scroll: u16,
    /// The lesson page shown, or last shown.
    pub lesson: Option<LessonView>,
    /// The exercise shown, or last shown.
    pub exercise: Option<ExerciseView>,
    /// Each exercise's recorded progress, by id.
    pub progress: HashMap<String, ExerciseProgress>,
    /// The last verdict of each exercise checked this session, so leaving
    /// (for the explaining page, another screen) and coming back shows it.
    pub verdicts: RecentVerdicts,
    /// What `rustc --explain` said, per code, for the session.
    pub rustc_explanations: HashMap<String, CodeExplanation>,
    /// The language shown first (left or top).
    pub from: Lang,
    pub theme: Theme,
    /// False under NO_COLOR.
    pub color: bool,
    /// What was found of each tool, for the banner and the welcome page.
    pub toolchains: Vec<ToolInfo>,
    /// What is wrong with the pack or the workspace, for the banner.
    pub problems: Vec<String>,
    /// The status line.
    pub message: Option<Message>,
    pub size: (u16, u16),
    pub tick: u64,
    pub next_job: u64,
    pub quit: bool,
    /// The remembered preferences, as loaded and changed since.
    pub settings: Settings,
    pub pack_key: String,
}

/// Smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// At or above this width code is shown side by side.
pub const SIDE_BY_SIDE_WIDTH: u16 = 100;

impl App {
    pub fn palette(&self) -> Palette {
        Palette::new(self.theme, self.color)
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    pub fn wide(&self) -> bool {
        self.size.0 >= SIDE_BY_SIDE_WIDTH
    }

    /// A check or a snippet is running (the spinner moves).
    pub fn running(&self) -> bool {
        self.exercise.as_ref().is_some_and(|e| e.run.running())
            || self
                .lesson
                .as_ref()
                .is_some_and(|l| l.runs.values().any(JobSlot::running))
    }

    pub fn progress_of(&self, exercise_id: &str) -> ExerciseProgress {
        self.progress.get(exercise_id).cloned().unwrap_or_default()
    }

    pub fn passed(&self, exercise_id: &str) -> bool {
        self.progress_of(exercise_id).status == Status::Passed
    }

    /// (passed, total) exercises of one lesson.
    pub fn lesson_progress(&self, lesson: &Lesson) -> (usize, usize) {
        let done = lesson
            .exercises
            .iter()
            .filter(|e| self.passed(&e.id))
            .count();
        (done, lesson.exercises.len())
    }

    /// (passed, total) over the catalog's lessons.
    pub fn overall_progress(&self) -> (usize, usize) {
        self.order
            .iter()
            .filter_map(|&i| self.pack.lessons.get(i))
            .map(|l| self.lesson_progress(l))
            .fold((0, 0), |(d, t), (a, b)| (d + a, t + b))
    }

    /// Catalog rows that match the filter: indices into `pack.lessons`.
    pub fn catalog_rows(&self) -> Vec<usize> {
        let needle = self.catalog.filter.to_lowercase();
        self.order
            .iter()
            .copied()
            .filter(|&i| {
                needle.is_empty()
                    || self
                        .pack
                        .lessons
                        .get(i)
                        .is_some_and(|l| Self::filter_match(l, &needle).is_some())
            })
            .collect()
    }

    /// Where a lesson matches the catalog filter (`needle` in lower case):
    /// its title or id, its summary, a page title or an exercise title.
    pub fn filter_match(lesson: &Lesson, needle: &str) -> Option<FilterMatch> {
        let has = |text: &str| text.to_lowercase().contains(needle);
        if has(&lesson.title) || has(&lesson.id) {
            return Some(FilterMatch::Title);
        }
        if has(&lesson.summary) {
            return Some(FilterMatch::Summary);
        }
        if let Some(page) = lesson.pages.iter().find(|p| has(&p.title)) {
            return Some(FilterMatch::Page(page.title.clone()));
        }
        lesson
            .exercises
            .iter()
            .find(|e| has(&e.title))
            .map(|e| FilterMatch::Exercise(e.title.clone()))
    }

    pub fn current_lesson(&self) -> Option<(&LessonView, &Lesson, &Page)> {
        let view = self.lesson.as_ref()?;
        let lesson = self.pack.lessons.get(view.lesson)?;
        let page = lesson.pages.get(view.page)?;
        Some((view, lesson, page))
    }

    pub fn current_exercise(&self) -> Option<(&ExerciseView, &Lesson, &Exercise)> {
        let view = self.exercise.as_ref()?;
        let lesson = self.pack.lessons.get(view.lesson)?;
        let exercise = lesson.exercises.get(view.index)?;
        Some((view, lesson, exercise))
    }

    /// The language shown on a side.
    pub fn lang_on(&self, side: Side) -> Lang {
        side.lang(self.from)
    }

    /// Missing toolchains, for the banner.
    pub fn missing_tools(&self) -> Vec<&ToolInfo> {
        self.toolchains
            .iter()
            .filter(|t| t.essential && !t.found())
            .collect()
    }

    /// Where `o` leads from the open exercise's verdict: the first page
    /// that explains one of its rustc codes (in the codes' order) or, for
    /// Go, a message of its build or vet output; else `rustc --explain` of
    /// its first code; `None` when there is nothing to explain.
    pub fn explain_target(&self) -> Option<ExplainTarget> {
        let (view, _, exercise) = self.current_exercise()?;
        let verdict = view.run.verdict()?;
        let lang = exercise.lang();
        let pages = crate::explain::explaining_verdict(Some(&self.pack), verdict, lang);
        if let Some(first) = pages.into_iter().next() {
            return Some(ExplainTarget::Page {
                lesson: self.lesson_index(&first.lesson)?,
                page: first.page,
                explains: first.code,
                lang: first.lang,
                title: first.title,
            });
        }
        let code = verdict.error_codes().first()?;
        Some(ExplainTarget::Rustc(code.clone()))
    }

    pub fn lesson_index(&self, id: &str) -> Option<usize> {
        self.pack.lessons.iter().position(|l| l.id == id)
    }

    pub fn exercise_index(&self, id: &str) -> Option<(usize, usize)> {
        self.pack.lessons.iter().enumerate().find_map(|(li, l)| {
            l.exercises
                .iter()
                .position(|e| e.id == id)
                .map(|ei| (li, ei))
        })
    }

    /// The first exercise not yet passed, in catalog order (pack or track
    /// order, quizzes counted: what `gorust next` names).
    pub fn first_unfinished(&self) -> Option<(usize, usize)> {
        self.unfinished_after(None)
    }

    /// The first exercise not yet passed after `from` in catalog order (the
    /// rest of its lesson, then the next lessons), else the first one left
    /// before it; `None` when every exercise is passed.
    pub fn unfinished_after(&self, from: Option<(usize, usize)>) -> Option<(usize, usize)> {
        let lessons: Vec<&Lesson> = self
            .order
            .iter()
            .filter_map(|&li| self.pack.lessons.get(li))
            .collect();
        let after = from.and_then(|(li, ei)| {
            let exercise = self.pack.lessons.get(li)?.exercises.get(ei)?;
            Some(exercise.id.as_str())
        });
        let (lesson, exercise) =
            crate::progress::next_unfinished(&lessons, after, |id| self.passed(id))?;
        let li = self.pack.lessons.iter().position(|l| l.id == lesson.id)?;
        let ei = lesson.exercises.iter().position(|e| e.id == exercise.id)?;
        Some((li, ei))
    }

    /// The line of the learner's main file the last verdict points at: a
    /// broken rule's line, else the first `name:line` in the diagnostics
    /// (or the test output, the panic, the race report).
    pub fn marked_line(&self) -> Option<usize> {
        let (view, _, _) = self.current_exercise()?;
        let name = view.files.first()?.file_name()?.to_str()?;
        error_line(view.run.verdict()?, name)
    }

    pub fn is_quiz(exercise: &Exercise) -> bool {
        matches!(exercise.kind, ExerciseKind::Quiz(_))
    }

    /// Where the learner was in this pack.
    pub fn position(&self) -> Position {
        self.settings.position(&self.pack_key)
    }

    /// Changes the settings; true (and the caller saves them) if they moved.
    pub fn remember(&mut self, change: impl FnOnce(&mut Settings, &str)) -> bool {
        let before = self.settings.clone();
        change(&mut self.settings, &self.pack_key);
        self.settings != before
    }

    pub fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            tone,
            lapse: None,
        });
    }

    /// Says `text` until `lapse` happens (or another message replaces it).
    pub fn say_until(&mut self, tone: Tone, text: impl Into<String>, lapse: Lapse) {
        self.say(tone, text);
        if let Some(m) = self.message.as_mut() {
            m.lapse = Some(lapse);
        }
    }

    /// `lapse` happened: a message that described the state before goes.
    pub fn lapsed(&mut self, lapse: Lapse) {
        if self
            .message
            .as_ref()
            .is_some_and(|m| m.lapse == Some(lapse))
        {
            self.message = None;
        }
    }

    pub fn job(&mut self) -> u64 {
        self.next_job += 1;
        self.next_job
    }
}

impl App {
    /// The app at start: where it opens depends on `open`, first run and
    /// progress. Returns the effects of opening (load files, watch...).
    pub fn new(pack: Arc<Pack>, init: Init) -> (App, Vec<super::action::Effect>) {
        let (order, track_title, track_problem) = match init.options.track.as_deref() {
            Some(id) => match pack.track(id) {
                Some(track) => (
                    track
                        .lessons
                        .iter()
                        .filter_map(|l| pack.lessons.iter().position(|x| &x.id == l))
                        .collect(),
                    Some(track.title.clone()),
                    None,
                ),
                None => (
                    (0..pack.lessons.len()).collect(),
                    None,
                    Some(format!("No track is called “{id}”; showing every lesson.")),
                ),
            },
            None => ((0..pack.lessons.len()).collect(), None, None),
        };
        let mut settings = init.settings;
        let theme = init
            .options
            .theme
            .or(settings.theme)
            .unwrap_or(init.default_theme);
        let from = init.options.from.or(settings.from).unwrap_or(Lang::Go);
        let mut fx = Vec::new();
        // Flags given on the command line are remembered for next time.
        let before = settings.clone();
        settings.from = init.options.from.or(settings.from);
        settings.theme = init.options.theme.or(settings.theme);
        if settings != before {
            fx.push(super::action::Effect::SaveSettings(settings.clone()));
        }
        let mut app = App {
            pack,
            order,
            track_title,
            screen: Screen::Catalog,
            overlay: None,
            catalog: Catalog::default(),
            welcome_scroll: 0,
            lesson: None,
            exercise: None,
            progress: init.progress,
            verdicts: RecentVerdicts::default(),
            rustc_explanations: HashMap::new(),
            from,
            theme,
            color: init.color,
            toolchains: init.toolchains,
            problems: init.problems,
            message: None,
            size: init.size,
            tick: 0,
            next_job: 0,
            quit: false,
            settings,
            pack_key: init.pack_key,
        };
        match init.options.open.as_deref() {
            Some(id) => super::update::open_id(&mut app, id, &mut fx),
            None if !app.settings.welcomed => app.screen = Screen::Welcome,
            None => super::update::resume(&mut app, &mut fx),
        }
        if let Some(problem) = track_problem {
            app.say(Tone::Bad, problem);
        }
        (app, fx)
    }
}

/// Where rustc's first `error` line starts, or 0 (Go's messages have none).
fn first_error(text: &str) -> usize {
    text.match_indices("error")
        .map(|(at, _)| at)
        .find(|&at| at == 0 || text[..at].ends_with('\n'))
        .unwrap_or(0)
}

/// The 1-based line of `file` (a name in the exercise folder) a verdict
/// points at. The runner writes paths relative to the exercise folder
/// (`shout.rs:8:16`, `./main.go:7:2`, `--> shout.rs:8:16`).
pub fn error_line(verdict: &Verdict, file: &str) -> Option<usize> {
    let text = match &verdict.outcome {
        Outcome::RuleFailed {
            file: Some(f),
            line: Some(line),
            ..
        } if f.rsplit('/').next() == Some(file) => return usize::try_from(*line).ok(),
        Outcome::CompileError { diagnostics, .. } | Outcome::LintFailed { diagnostics } => {
            diagnostics
        }
        Outcome::TestsFailed { output } => output,
        Outcome::RuntimeError { stderr, .. } => stderr,
        // The report's first frame is the racing access itself.
        Outcome::Race { report } => report,
        _ => return None,
    };
    let plain = crate::runner::strip_ansi(text);
    // rustc lists warnings before the error that failed the build (an
    // unused `mut`): a compile error is marked where the first error is.
    let from = match &verdict.outcome {
        Outcome::CompileError { .. } => first_error(&plain),
        _ => 0,
    };
    let plain = &plain[from..];
    let needle = format!("{file}:");
    plain.match_indices(&needle).find_map(|(at, _)| {
        let before = plain[..at].chars().next_back();
        // `xshout.rs:` is another file.
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return None;
        }
        let digits: String = plain[at + needle.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok().filter(|&n: &usize| n > 0)
    })
}
