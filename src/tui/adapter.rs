//! The engine behind the UI: the same calls `gorust check` and friends make,
//! so a check in the UI and on the command line give the same verdict.

use super::services::*;
use crate::Lang;
use crate::engine::Engine;
use crate::pack::Pack;
use crate::runner::{CancelToken, EventSink, Tool, ToolStatus, Verdict};
use crate::settings::Settings;
use std::collections::HashMap;
use std::path::PathBuf;

impl Services for Engine {
    fn pack(&self) -> &Pack {
        Engine::pack(self)
    }

    fn problems(&self) -> Vec<String> {
        let mut out: Vec<String> = Engine::problems(self)
            .iter()
            .map(ToString::to_string)
            .collect();
        out.extend(self.notes().iter().cloned());
        out
    }

    fn toolchains(&self) -> Vec<ToolInfo> {
        let found = Engine::toolchains(self);
        Tool::ALL
            .into_iter()
            .map(|tool| {
                let status = found.status(tool);
                ToolInfo {
                    name: tool.name().to_owned(),
                    essential: matches!(tool, Tool::Go | Tool::Rustc | Tool::Cargo),
                    version: match status {
                        ToolStatus::Found { version, .. } => Some(version.clone()),
                        _ => None,
                    },
                    help: status.help(tool).unwrap_or_default(),
                }
            })
            .collect()
    }

    fn progress(&self, exercise_id: &str) -> ExerciseProgress {
        Engine::progress(self)
            .map(|p| p.exercise(exercise_id))
            .unwrap_or_default()
    }

    fn all_progress(&self) -> HashMap<String, ExerciseProgress> {
        let Ok(progress) = Engine::progress(self) else {
            return HashMap::new();
        };
        progress.exercises.into_iter().collect()
    }

    fn prepare_workspace(&self) -> ServiceResult<()> {
        Engine::prepare_workspace(self).map_err(ServiceError::from)
    }

    fn settings(&self) -> Settings {
        Engine::settings(self)
    }

    fn pack_key(&self) -> String {
        Engine::pack_key(self)
    }

    fn save_settings(&self, settings: &Settings) -> ServiceResult<()> {
        Engine::save_ui_settings(self, settings).map_err(ServiceError::from)
    }

    fn learner_files(&self, exercise_id: &str) -> ServiceResult<Vec<PathBuf>> {
        Engine::learner_files(self, exercise_id).map_err(ServiceError::from)
    }

    fn check(
        &self,
        exercise_id: &str,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> ServiceResult<Verdict> {
        Engine::check(self, exercise_id, events, cancel).map_err(ServiceError::from)
    }

    fn run_snippet(
        &self,
        run: SnippetRun,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> ServiceResult<Verdict> {
        Engine::run_snippet(self, &run, events, cancel).map_err(ServiceError::from)
    }

    fn playground_file(&self, program: &PageProgram) -> ServiceResult<PathBuf> {
        Engine::playground_file(self, program).map_err(ServiceError::from)
    }

    fn playground_text(&self, program: &PageProgram) -> ServiceResult<Option<String>> {
        Engine::playground_text(self, program).map_err(ServiceError::from)
    }

    fn reset_playground(&self, program: &PageProgram) -> ServiceResult<Option<PathBuf>> {
        Engine::reset_playground(self, program).map_err(ServiceError::from)
    }

    fn format(
        &self,
        lang: Lang,
        text: &str,
        cancel: &CancelToken,
    ) -> Result<String, crate::runner::FormatError> {
        Engine::format(self, lang, text, cancel)
    }

    fn next_hint(&self, exercise_id: &str) -> ServiceResult<Option<Hint>> {
        Engine::next_hint(self, exercise_id).map_err(ServiceError::from)
    }

    fn answer(&self, quiz_id: &str, choice: usize) -> ServiceResult<bool> {
        Engine::answer(self, quiz_id, choice)
            .map(|a| a.correct)
            .map_err(ServiceError::from)
    }

    fn reset(&self, exercise_id: &str) -> ServiceResult<Vec<PathBuf>> {
        Engine::reset(self, exercise_id).map_err(ServiceError::from)
    }

    fn solution(&self, exercise_id: &str, force: bool) -> ServiceResult<Vec<SolutionFile>> {
        Engine::solution(self, exercise_id, force).map_err(ServiceError::from)
    }

    fn rustc_explain(&self, code: &str) -> ServiceResult<String> {
        // Not cancellable: it answers at once, and the UI caches the answer.
        self.runner()
            .rustc_explain(code, &CancelToken::default())
            .map_err(ServiceError::from)
    }
}
