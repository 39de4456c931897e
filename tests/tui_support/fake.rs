//! A stand-in for the engine, for the UI's loop tests: learner files in a
//! directory, progress in memory, and checks that pass when the learner's
//! file equals the solution. It keeps the engine's contract (the same
//! errors, the last hint repeated once all are shown); what it does not do
//! is build or run anything.

use gorust::Lang;
use gorust::engine::EngineError;
use gorust::pack::{ExerciseKind, Pack};
use gorust::runner::{
    CancelToken, DiffLine, DiffTag, EventSink, FormatError, Metrics, Outcome, Phase, RunEvent,
    RustcExplainError, Stream, Verdict,
};
use gorust::settings::Settings;
use gorust::tui::services::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

pub struct FakeServices {
    pub pack: Pack,
    pub dir: PathBuf,
    pub progress: Mutex<HashMap<String, ExerciseProgress>>,
    pub settings: Mutex<Settings>,
    pub tools: Vec<ToolInfo>,
    /// Verdicts to return instead of comparing with the solution.
    pub scripted: Mutex<HashMap<String, Verdict>>,
}

fn unknown(id: &str) -> ServiceError {
    EngineError::UnknownExercise {
        id: id.to_owned(),
        suggestions: Vec::new(),
    }
    .into()
}

pub fn verdict(outcome: Outcome) -> Verdict {
    Verdict::new(outcome).with_metrics(Metrics {
        build_time: Some(Duration::from_millis(420)),
        binary_size: Some(1_600_000),
        run_time: Some(Duration::from_millis(3)),
        peak_memory_kib: Some(2048),
    })
}

impl FakeServices {
    pub fn new(pack: Pack, dir: PathBuf) -> FakeServices {
        FakeServices {
            pack,
            dir,
            progress: Mutex::new(HashMap::new()),
            settings: Mutex::new(Settings {
                welcomed: true,
                ..Settings::default()
            }),
            tools: super::tools(),
            scripted: Mutex::new(HashMap::new()),
        }
    }

    fn exercise_files(&self, id: &str) -> ServiceResult<Vec<(PathBuf, String, String)>> {
        let (lesson, exercise) = self.pack.exercise(id).ok_or_else(|| unknown(id))?;
        let ExerciseKind::Code(code) = &exercise.kind else {
            return Err(EngineError::IsAQuiz(id.to_owned()).into());
        };
        Ok(code
            .files
            .iter()
            .map(|f| {
                (
                    self.dir.join(id).join(&f.starter),
                    lesson.file(&f.starter).unwrap_or_default().to_owned(),
                    lesson.file(&f.solution).unwrap_or_default().to_owned(),
                )
            })
            .collect())
    }

    /// Where the learner's copy of a page program goes, and the pack's text.
    fn page_program(&self, program: &PageProgram) -> ServiceResult<(PathBuf, String)> {
        let no_snippet = || -> ServiceError {
            EngineError::NoSnippet {
                lesson: program.lesson.clone(),
                page: program.page,
                lang: program.lang,
            }
            .into()
        };
        let lesson = self
            .pack
            .lesson(&program.lesson)
            .ok_or_else(|| EngineError::UnknownLesson(program.lesson.clone()))?;
        let snippet = lesson
            .pages
            .get(program.page)
            .and_then(|p| p.snippet(program.lang))
            .ok_or_else(no_snippet)?;
        let path = self
            .dir
            .join("playground")
            .join(&program.lesson)
            .join(format!("{}-{}", program.page + 1, program.lang.key()))
            .join(&snippet.file);
        let text = lesson.file(&snippet.file).unwrap_or_default().to_owned();
        Ok((path, text))
    }

    fn record(&self, id: &str, passed: bool) -> ExerciseProgress {
        let Ok(mut map) = self.progress.lock() else {
            return ExerciseProgress::default();
        };
        let p = map.entry(id.to_owned()).or_default();
        p.attempts += 1;
        if passed {
            p.status = Status::Passed;
        } else if p.status == Status::New {
            p.status = Status::Attempted;
        }
        p.clone()
    }
}

impl Services for FakeServices {
    /// The real formatters: formatting builds nothing, and a fake formatter
    /// would only test itself.
    fn format(&self, lang: Lang, text: &str, cancel: &CancelToken) -> Result<String, FormatError> {
        gorust::runner::Runner::new(self.dir.join(".cache")).format(lang, text, cancel)
    }

    fn pack(&self) -> &Pack {
        &self.pack
    }

    fn problems(&self) -> Vec<String> {
        Vec::new()
    }

    fn toolchains(&self) -> Vec<ToolInfo> {
        self.tools.clone()
    }

    fn progress(&self, exercise_id: &str) -> ExerciseProgress {
        self.progress
            .lock()
            .ok()
            .and_then(|m| m.get(exercise_id).cloned())
            .unwrap_or_default()
    }

    /// The fake makes an exercise's files when it is opened, as the engine
    /// does too: nothing to make ahead.
    fn prepare_workspace(&self) -> ServiceResult<()> {
        Ok(())
    }

    fn settings(&self) -> Settings {
        self.settings.lock().map(|u| u.clone()).unwrap_or_default()
    }

    fn pack_key(&self) -> String {
        super::PACK_KEY.to_owned()
    }

    fn save_settings(&self, settings: &Settings) -> ServiceResult<()> {
        if let Ok(mut u) = self.settings.lock() {
            *u = settings.clone();
        }
        Ok(())
    }

    fn learner_files(&self, exercise_id: &str) -> ServiceResult<Vec<PathBuf>> {
        let files = self.exercise_files(exercise_id)?;
        for (path, starter, _) in &files {
            if !path.exists() {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| ServiceError::io("create", dir, e))?;
                }
                std::fs::write(path, starter).map_err(|e| ServiceError::io("write", path, e))?;
            }
        }
        Ok(files.into_iter().map(|(p, _, _)| p).collect())
    }

    fn check(
        &self,
        exercise_id: &str,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> ServiceResult<Verdict> {
        events.event(RunEvent::PhaseStarted(Phase::Build));
        if cancel.is_cancelled() {
            return Ok(verdict(Outcome::Cancelled));
        }
        events.event(RunEvent::PhaseStarted(Phase::Run));
        events.event(RunEvent::Output {
            stream: Stream::Stdout,
            line: "running".into(),
        });
        if let Some(v) = self
            .scripted
            .lock()
            .ok()
            .and_then(|m| m.get(exercise_id).cloned())
        {
            self.record(exercise_id, v.passed());
            return Ok(v);
        }
        let files = self.exercise_files(exercise_id)?;
        let passed = files
            .iter()
            .all(|(path, _, solution)| std::fs::read_to_string(path).is_ok_and(|t| t == *solution));
        self.record(exercise_id, passed);
        Ok(if passed {
            verdict(Outcome::Passed)
        } else {
            verdict(Outcome::WrongOutput {
                expected: "ok\n".into(),
                actual: "not ok\n".into(),
                diff: vec![
                    DiffLine {
                        tag: DiffTag::Delete,
                        text: "ok".into(),
                    },
                    DiffLine {
                        tag: DiffTag::Insert,
                        text: "not ok".into(),
                    },
                ],
            })
        })
    }

    fn run_snippet(
        &self,
        run: SnippetRun,
        events: &dyn EventSink,
        _cancel: &CancelToken,
    ) -> ServiceResult<Verdict> {
        let lang = run.program.lang;
        let (_, original) = self.page_program(&run.program)?;
        // As the engine: the learner's copy is run where they changed it.
        let edited = run.source == SnippetSource::Playground
            && self
                .playground_text(&run.program)?
                .is_some_and(|text| text != original);
        events.event(RunEvent::PhaseStarted(Phase::Build));
        let mut v = verdict(Outcome::Passed);
        v.stdout = if edited {
            format!("hello from your {lang} copy\n")
        } else {
            format!("hello from {lang}\n")
        };
        Ok(v)
    }

    fn playground_file(&self, program: &PageProgram) -> ServiceResult<PathBuf> {
        let (path, original) = self.page_program(program)?;
        if !path.exists() {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| ServiceError::io("create", dir, e))?;
            }
            std::fs::write(&path, original).map_err(|e| ServiceError::io("write", &path, e))?;
        }
        Ok(path)
    }

    fn playground_text(&self, program: &PageProgram) -> ServiceResult<Option<String>> {
        let (path, _) = self.page_program(program)?;
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(ServiceError::io("read", &path, e)),
        }
    }

    fn reset_playground(&self, program: &PageProgram) -> ServiceResult<Option<PathBuf>> {
        let (path, original) = self.page_program(program)?;
        let Some(text) = self.playground_text(program)? else {
            return Ok(None);
        };
        let backup = (text != original).then(|| path.with_extension("bak"));
        if let Some(backup) = &backup {
            std::fs::write(backup, &text).map_err(|e| ServiceError::io("write", backup, e))?;
        }
        std::fs::remove_file(&path).map_err(|e| ServiceError::io("remove", &path, e))?;
        Ok(backup)
    }

    fn next_hint(&self, exercise_id: &str) -> ServiceResult<Option<Hint>> {
        let (_, exercise) = self
            .pack
            .exercise(exercise_id)
            .ok_or_else(|| unknown(exercise_id))?;
        let hints = exercise.hints();
        if hints.is_empty() {
            return Ok(None);
        }
        let Ok(mut map) = self.progress.lock() else {
            return Ok(None);
        };
        // As the engine: after the last hint, the last one again.
        let p = map.entry(exercise_id.to_owned()).or_default();
        p.hints_shown = (p.hints_shown + 1).min(hints.len() as u32);
        let index = p.hints_shown as usize;
        Ok(Some(Hint {
            index,
            total: hints.len(),
            text: hints[index - 1].clone(),
        }))
    }

    fn answer(&self, quiz_id: &str, choice: usize) -> ServiceResult<bool> {
        let (_, exercise) = self
            .pack
            .exercise(quiz_id)
            .ok_or_else(|| unknown(quiz_id))?;
        let ExerciseKind::Quiz(quiz) = &exercise.kind else {
            return Err(EngineError::NotAQuiz(quiz_id.to_owned()).into());
        };
        let correct = quiz.answer == choice;
        self.record(quiz_id, correct);
        Ok(correct)
    }

    fn reset(&self, exercise_id: &str) -> ServiceResult<Vec<PathBuf>> {
        let files = self.exercise_files(exercise_id)?;
        let mut backups = Vec::new();
        for (path, starter, _) in files {
            let backup = path.with_extension("bak");
            let _ = std::fs::copy(&path, &backup);
            std::fs::write(&path, starter).map_err(|e| ServiceError::io("write", &path, e))?;
            backups.push(backup);
        }
        Ok(backups)
    }

    fn solution(&self, exercise_id: &str, force: bool) -> ServiceResult<Vec<SolutionFile>> {
        if !force && self.progress(exercise_id).status != Status::Passed {
            return Err(EngineError::NotPassedYet(exercise_id.to_owned()).into());
        }
        let (lesson, exercise) = self
            .pack
            .exercise(exercise_id)
            .ok_or_else(|| unknown(exercise_id))?;
        let ExerciseKind::Code(code) = &exercise.kind else {
            return Ok(Vec::new());
        };
        Ok(code
            .files
            .iter()
            .map(|f| SolutionFile {
                path: f.starter.clone(),
                reference: lesson.file(&f.solution).unwrap_or_default().to_owned(),
                yours: std::fs::read_to_string(self.dir.join(exercise_id).join(&f.starter)).ok(),
            })
            .collect())
    }

    /// rustc's contract: Markdown for a code it knows (its codes stop below
    /// E0800), its own error for one it does not.
    fn rustc_explain(&self, code: &str) -> ServiceResult<String> {
        if !gorust::runner::is_error_code(code) {
            return Err(RustcExplainError::NotACode(code.to_owned()).into());
        }
        if code >= "E0800" {
            return Err(RustcExplainError::Refused {
                code: code.to_owned(),
                message: format!("error: {code} is not a valid error code"),
            }
            .into());
        }
        Ok(format!(
            "A fake explanation of {code}.\n\nErroneous code example:\n\n```compile_fail,{code}\nfn main() {{}}\n```\n\n#### Note: fixed by borrowing.\n"
        ))
    }
}
