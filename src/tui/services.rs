//! What the UI needs from the rest of gorust, as one trait. The effect
//! executor is the only caller; `update` and `draw` never touch it. The real
//! implementation is the engine (the same calls `gorust check` makes); tests
//! and the benchmark use a fake.

use crate::Lang;
use crate::pack::Pack;
use crate::runner::{CancelToken, EventSink, Verdict};
use std::path::PathBuf;

pub use crate::engine::UiState;
pub use crate::progress::Status;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ExerciseProgress {
    pub status: Status,
    pub attempts: u32,
    pub hints_shown: usize,
}

/// One toolchain as the welcome page and the banner show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToolInfo {
    pub name: String,
    /// go, rustc and cargo: without them nothing runs (the banner).
    pub essential: bool,
    /// The version line when found.
    pub version: Option<String>,
    /// What to install when missing.
    pub help: String,
}

impl ToolInfo {
    pub fn found(&self) -> bool {
        self.version.is_some()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    /// 0-based.
    pub index: usize,
    pub total: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServiceError {
    /// The solution is only shown after a pass unless forced.
    NotPassedYet,
    Other(String),
}

impl std::fmt::Display for ServiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServiceError::NotPassedYet => f.write_str("not passed yet"),
            ServiceError::Other(message) => f.write_str(message),
        }
    }
}

pub type ServiceResult<T> = Result<T, ServiceError>;

pub trait Services: Send + Sync + 'static {
    fn pack(&self) -> &Pack;
    /// Problems found while loading the pack, one sentence each.
    fn problems(&self) -> Vec<String>;
    fn toolchains(&self) -> Vec<ToolInfo>;
    fn progress(&self, exercise_id: &str) -> ExerciseProgress;
    /// Every exercise's progress at once (one read of the progress file).
    fn all_progress(&self) -> std::collections::HashMap<String, ExerciseProgress> {
        self.pack()
            .exercises()
            .map(|(_, e)| (e.id.clone(), self.progress(&e.id)))
            .collect()
    }
    fn ui_state(&self) -> UiState;
    fn save_ui_state(&self, state: &UiState) -> ServiceResult<()>;
    /// The learner's copies (created from the starters if needed); first = main file.
    fn learner_files(&self, exercise_id: &str) -> ServiceResult<Vec<PathBuf>>;
    fn check(
        &self,
        exercise_id: &str,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> ServiceResult<Verdict>;
    fn run_snippet(
        &self,
        lesson_id: &str,
        page: usize,
        lang: Lang,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> ServiceResult<Verdict>;
    fn next_hint(&self, exercise_id: &str) -> ServiceResult<Option<Hint>>;
    fn answer(&self, quiz_id: &str, choice: usize) -> ServiceResult<bool>;
    /// Returns the backups made of the learner's files.
    fn reset(&self, exercise_id: &str) -> ServiceResult<Vec<PathBuf>>;
    /// (path, text) of each solution file.
    fn solution(&self, exercise_id: &str, force: bool) -> ServiceResult<Vec<(String, String)>>;
}
