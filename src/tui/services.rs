//! What the UI needs from the rest of gorust, as one trait. The effect
//! executor is the only caller; `update` and `draw` never touch it. The real
//! implementation is the engine (the same calls `gorust check` makes); tests
//! and the benchmark use a fake.

use super::watch::WatchError;
use crate::Lang;
use crate::engine::EngineError;
use crate::pack::Pack;
use crate::runner::{CancelToken, EventSink, FormatError, RustcExplainError, Verdict};
use crate::settings::{Settings, SettingsError};
use std::path::PathBuf;
use std::sync::Arc;

pub use crate::engine::{Hint, PageProgram, SnippetRun, SnippetSource};
pub use crate::progress::{ExerciseProgress, Status};
pub use crate::solution::SolutionFile;

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

/// Why a service call failed, typed up to the screen. Cheap to clone (an
/// action carries it back to `update`).
#[derive(Clone, Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Engine(Arc<EngineError>),
    #[error(transparent)]
    Settings(Arc<SettingsError>),
    #[error("cannot {action} {}: {source}", path.display())]
    File {
        action: &'static str,
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("cannot start a thread for the {what}: {source}")]
    Thread {
        what: &'static str,
        source: Arc<std::io::Error>,
    },
    #[error(transparent)]
    Watch(Arc<WatchError>),
    #[error(transparent)]
    RustcExplain(RustcExplainError),
}

impl ServiceError {
    pub fn io(
        action: &'static str,
        path: &std::path::Path,
        source: std::io::Error,
    ) -> ServiceError {
        ServiceError::File {
            action,
            path: path.to_path_buf(),
            source: Arc::new(source),
        }
    }

    pub fn thread(what: &'static str, source: std::io::Error) -> ServiceError {
        ServiceError::Thread {
            what,
            source: Arc::new(source),
        }
    }

    /// The solution is only shown after a pass unless forced.
    pub fn not_passed_yet(&self) -> bool {
        matches!(self, ServiceError::Engine(e) if matches!(**e, EngineError::NotPassedYet(_)))
    }
}

impl From<EngineError> for ServiceError {
    fn from(e: EngineError) -> ServiceError {
        ServiceError::Engine(Arc::new(e))
    }
}

impl From<SettingsError> for ServiceError {
    fn from(e: SettingsError) -> ServiceError {
        ServiceError::Settings(Arc::new(e))
    }
}

impl From<RustcExplainError> for ServiceError {
    fn from(e: RustcExplainError) -> ServiceError {
        ServiceError::RustcExplain(e)
    }
}

impl From<WatchError> for ServiceError {
    fn from(e: WatchError) -> ServiceError {
        ServiceError::Watch(Arc::new(e))
    }
}

/// Errors hold I/O errors, which do not compare; two are the same when
/// they say the same.
impl PartialEq for ServiceError {
    fn eq(&self, other: &ServiceError) -> bool {
        self.to_string() == other.to_string()
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
    /// Makes the learner's copies of every exercise that has none (run
    /// after the first frame, off the UI thread).
    fn prepare_workspace(&self) -> ServiceResult<()>;
    fn settings(&self) -> Settings;
    /// The key of this pack's position in the settings.
    fn pack_key(&self) -> String;
    fn save_settings(&self, settings: &Settings) -> ServiceResult<()>;
    /// The learner's copies (created from the starters if needed); first = main file.
    fn learner_files(&self, exercise_id: &str) -> ServiceResult<Vec<PathBuf>>;
    fn check(
        &self,
        exercise_id: &str,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> ServiceResult<Verdict>;
    /// Runs a page's program; the request is the job's to keep.
    fn run_snippet(
        &self,
        run: SnippetRun,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> ServiceResult<Verdict>;
    /// The learner's copy of a page program, made on first use, to edit.
    fn playground_file(&self, program: &PageProgram) -> ServiceResult<PathBuf>;
    /// The learner's copy of a page program as it is now, if there is one.
    fn playground_text(&self, program: &PageProgram) -> ServiceResult<Option<String>>;
    /// Puts the page's own program back; returns the backup of the edit.
    fn reset_playground(&self, program: &PageProgram) -> ServiceResult<Option<PathBuf>>;
    fn next_hint(&self, exercise_id: &str) -> ServiceResult<Option<Hint>>;
    fn answer(&self, quiz_id: &str, choice: usize) -> ServiceResult<bool>;
    /// Returns the backups made of the learner's files.
    fn reset(&self, exercise_id: &str) -> ServiceResult<Vec<PathBuf>>;
    /// Each solution file, with the learner's copy beside it.
    fn solution(&self, exercise_id: &str, force: bool) -> ServiceResult<Vec<SolutionFile>>;
    /// `text` formatted by gofmt or rustfmt; the formatter's own error
    /// (with its line) when the code does not parse.
    fn format(&self, lang: Lang, text: &str, cancel: &CancelToken) -> Result<String, FormatError>;
    /// What `rustc --explain CODE` prints: Markdown.
    fn rustc_explain(&self, code: &str) -> ServiceResult<String>;
}
