//! What can happen (`Action`) and what the app asks the outside world to do
//! (`Effect`). Keys become actions through the keymap; results of effects
//! come back as actions too, so `update` is the one place state changes.

use super::services::{
    ExerciseProgress, Hint, PageProgram, ServiceError, ServiceResult, SnippetRun, SolutionFile,
    ToolInfo,
};
use crate::Lang;
use crate::runner::{CancelToken, FormatError, RunEvent, Verdict};
use crate::settings::Settings;
use ratatui::crossterm::event::KeyEvent;
use std::path::PathBuf;

/// What became of the learner's copy of a page program.
#[derive(Clone, Debug, PartialEq)]
pub enum PlaygroundEvent {
    /// Its text; `None` when the learner never edited the program.
    Loaded(Result<Option<String>, ServiceError>),
    /// It exists (made on the first edit), to open in the built-in editor
    /// or in $VISUAL/$EDITOR.
    Ready {
        builtin: bool,
        result: Result<PathBuf, ServiceError>,
    },
    /// It is gone, the page's program back; the backup made of it, if any.
    Reset(Result<Option<PathBuf>, ServiceError>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    // Movement, in whatever the screen shows.
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Next,
    /// The next exercise not passed yet (after the last: the first one left).
    NextUnfinished,
    Prev,
    Open,
    Back,
    FocusNext,
    Zoom,
    // Anywhere.
    Quit,
    Interrupt,
    Help,
    ToggleTheme,
    SwapSides,
    // Catalog filter.
    StartFilter,
    FilterChar(char),
    FilterBackspace,
    FilterDone,
    // Lesson and exercise.
    RunSnippets,
    Check,
    ExternalEdit,
    BuiltinEdit,
    Hint,
    Solution,
    Reset,
    ToggleWatch,
    /// Rust page programs: debug build or `-O`.
    ToggleOptimize,
    Answer(usize),
    Explain,
    Confirm(bool),
    // Built-in editor.
    EditorKey(KeyEvent),
    EditorSave,
    EditorUndo,
    EditorRedo,
    /// Format the buffer with gofmt or rustfmt.
    EditorFormat,
    /// Scroll the task shown beside (or above) the editor a page on,
    /// back to its top after its end.
    EditorTask,
    EditorClose,
    // Mouse, in terminal cells.
    Click {
        column: u16,
        row: u16,
    },
    Scroll {
        column: u16,
        row: u16,
        down: bool,
    },
    Resize(u16, u16),
    Tick,
    // Results of effects.
    Toolchains(Vec<ToolInfo>),
    /// The start-up pass that makes every exercise's copies has ended.
    WorkspacePrepared(ServiceResult<()>),
    Job {
        job: u64,
        event: RunEvent,
    },
    CheckDone {
        job: u64,
        exercise: String,
        result: Result<Verdict, ServiceError>,
        /// `None` when the check never started (its progress is unchanged).
        progress: Option<ExerciseProgress>,
    },
    SnippetDone {
        job: u64,
        lang: Lang,
        result: Result<Verdict, ServiceError>,
    },
    /// An answer about the learner's copy of a page program.
    Playground {
        program: PageProgram,
        event: PlaygroundEvent,
    },
    FilesReady {
        exercise: String,
        result: Result<Vec<PathBuf>, ServiceError>,
    },
    Watching(Result<(), ServiceError>),
    FileChanged(PathBuf),
    HintReady {
        exercise: String,
        result: Result<Option<Hint>, ServiceError>,
    },
    Answered {
        exercise: String,
        choice: usize,
        result: Result<bool, ServiceError>,
        progress: Option<ExerciseProgress>,
    },
    ResetDone {
        exercise: String,
        result: Result<Vec<PathBuf>, ServiceError>,
    },
    SolutionReady {
        exercise: String,
        result: Result<Vec<SolutionFile>, ServiceError>,
    },
    /// The external editor returned; `changed` when the file's contents moved.
    EditorReturned(Result<bool, EditorError>),
    FileLoaded {
        path: PathBuf,
        result: Result<String, ServiceError>,
    },
    CodeLoaded {
        path: PathBuf,
        result: Result<String, ServiceError>,
    },
    FileSaved {
        path: PathBuf,
        result: Result<(), ServiceError>,
    },
    /// The built-in editor's buffer, formatted; `source` is the text that
    /// was sent, so a buffer edited meanwhile is not replaced.
    Formatted {
        path: PathBuf,
        source: String,
        result: Result<String, FormatError>,
    },
    /// The remembered preferences could not be written.
    SettingsNotSaved(ServiceError),
    /// What `rustc --explain code` said.
    RustcExplained {
        code: String,
        result: Result<String, ServiceError>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Check an exercise; `cancel` is the token its job slot keeps.
    Check {
        job: u64,
        exercise: String,
        cancel: CancelToken,
    },
    RunSnippet {
        job: u64,
        run: SnippetRun,
        cancel: CancelToken,
    },
    /// Read the learner's copy of a page program, if there is one.
    LoadPlayground(PageProgram),
    /// Make the learner's copy of a page program (if needed), to edit it
    /// in the built-in editor or in $VISUAL/$EDITOR.
    PreparePlayground {
        program: PageProgram,
        builtin: bool,
    },
    /// Put the page's own program back (the edit is backed up).
    ResetPlayground(PageProgram),
    /// Stop job `job` (the slot's token for it).
    Cancel {
        job: u64,
        token: CancelToken,
    },
    LoadFiles {
        exercise: String,
    },
    Watch {
        paths: Vec<PathBuf>,
    },
    Unwatch,
    ExternalEditor {
        path: PathBuf,
    },
    ReadFile {
        path: PathBuf,
    },
    /// Read the learner's file for the code pane (not for editing).
    LoadCode {
        path: PathBuf,
    },
    WriteFile {
        path: PathBuf,
        text: String,
    },
    /// Format the built-in editor's buffer (the file itself is untouched).
    Format {
        path: PathBuf,
        lang: Lang,
        text: String,
    },
    NextHint {
        exercise: String,
    },
    Answer {
        exercise: String,
        choice: usize,
    },
    Reset {
        exercise: String,
    },
    Solution {
        exercise: String,
        force: bool,
    },
    /// The remembered preferences changed.
    SaveSettings(Settings),
    /// Ask `rustc --explain` about an error code no page explains.
    RustcExplain {
        code: String,
    },
}

/// Why the external editor did not edit the file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditorError {
    /// Neither $VISUAL nor $EDITOR is set: the built-in editor opens instead.
    #[error(
        "Neither $VISUAL nor $EDITOR is set: using the built-in editor (Ctrl-S saves, Esc closes)."
    )]
    NotSet,
    #[error("{program} exited with {status}")]
    Exited {
        program: String,
        status: std::process::ExitStatus,
    },
    #[error("cannot run {program}: {reason}")]
    CannotRun { program: String, reason: String },
}
