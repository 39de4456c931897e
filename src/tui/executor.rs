//! The effect executor: the one place that calls the engine. Long work runs
//! on worker threads whose results come back through the channel as
//! actions; settings are written by one writer thread, in order.

use super::action::{Action, Effect};
use super::event::Event;
use super::services::{ServiceError, ServiceResult, Services};
use super::suspend::{self, InputGate};
use super::watch::{self, Watch};
use crate::fsutil::write_atomic;
use crate::runner::{CancelToken, FormatError, RunEvent, formatter_name};
use crate::settings::Settings;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub struct Executor<S: Services> {
    services: Arc<S>,
    tx: Sender<Event>,
    /// Cancel tokens of running jobs, by the job id their slot gave them.
    cancels: HashMap<u64, CancelToken>,
    watch: Option<Watch>,
    /// `None` when there is no real terminal (tests): the editor is then run
    /// without suspending anything.
    gate: Option<Arc<InputGate>>,
    workers: Vec<JoinHandle<()>>,
    settings: Option<(Sender<Settings>, JoinHandle<()>)>,
}

impl<S: Services> Executor<S> {
    pub fn new(services: Arc<S>, tx: Sender<Event>, gate: Option<Arc<InputGate>>) -> Executor<S> {
        Executor {
            services,
            tx,
            cancels: HashMap::new(),
            watch: None,
            gate,
            workers: Vec::new(),
            settings: None,
        }
    }

    /// The job ended: its token is no longer needed.
    pub fn finished(&mut self, job: u64) {
        self.cancels.remove(&job);
    }

    /// Cancels everything running, writes the last settings, and waits
    /// briefly for the workers, so their child processes are killed before
    /// gorust exits.
    pub fn shutdown(&mut self) {
        for token in self.cancels.values() {
            token.cancel();
        }
        self.watch = None;
        if let Some((tx, writer)) = self.settings.take() {
            drop(tx);
            let _ = writer.join();
        }
        let deadline = Instant::now() + Duration::from_secs(2);
        for worker in self.workers.drain(..) {
            while !worker.is_finished() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    fn send(tx: &Sender<Event>, action: Action) {
        let _ = tx.send(Event::Action(action));
    }

    /// Runs `work` on a worker thread; if no thread can be started, the
    /// effect fails with `failed`'s action instead.
    fn spawn(
        &mut self,
        name: &'static str,
        work: impl FnOnce() + Send + 'static,
        failed: impl FnOnce(ServiceError) -> Action,
    ) {
        self.workers.retain(|w| !w.is_finished());
        match std::thread::Builder::new()
            .name(format!("gorust-{name}"))
            .spawn(work)
        {
            Ok(handle) => self.workers.push(handle),
            Err(e) => Self::send(&self.tx, failed(ServiceError::thread(name, e))),
        }
    }

    pub fn run_all<B: Backend>(&mut self, effects: Vec<Effect>, terminal: &mut Terminal<B>) {
        for effect in effects {
            self.run(effect, terminal);
        }
    }

    pub fn run<B: Backend>(&mut self, effect: Effect, terminal: &mut Terminal<B>) {
        let tx = self.tx.clone();
        let services = Arc::clone(&self.services);
        match effect {
            Effect::Check { job, exercise } => self.check(job, exercise),
            Effect::RunSnippet { job, run } => {
                let cancel = self.token(job);
                let lang = run.program.lang;
                self.spawn(
                    "snippet",
                    move || {
                        let sink = job_sink(&tx, job);
                        let result = services.run_snippet(&run, &sink, &cancel);
                        Self::send(&tx, Action::SnippetDone { job, lang, result });
                    },
                    |e| Action::SnippetDone {
                        job,
                        lang,
                        result: Err(e),
                    },
                );
            }
            Effect::Cancel { job } => {
                if let Some(token) = self.cancels.get(&job) {
                    token.cancel();
                }
            }
            Effect::LoadFiles { exercise } => self.call(
                "files",
                exercise,
                |s, exercise| s.learner_files(exercise),
                |exercise, result| Action::FilesReady { exercise, result },
            ),
            Effect::Watch { paths } => {
                self.watch = None;
                let changed_tx = tx.clone();
                let result = watch::start(&paths, move |path| {
                    Self::send(&changed_tx, Action::FileChanged(path))
                });
                let outcome = result.map(|w| self.watch = Some(w)).map_err(Into::into);
                Self::send(&tx, Action::Watching(outcome));
            }
            Effect::Unwatch => self.watch = None,
            Effect::ExternalEditor { path } => {
                let result = suspend::external_editor(self.gate.as_deref(), &path, terminal);
                if result == Err(super::action::EditorError::NotSet) {
                    // Open the built-in editor, then say why it is that one.
                    Self::send(
                        &tx,
                        Action::FileLoaded {
                            result: read(&path),
                            path,
                        },
                    );
                }
                Self::send(&tx, Action::EditorReturned(result));
            }
            Effect::LoadCode { path } => Self::send(
                &tx,
                Action::CodeLoaded {
                    result: read(&path),
                    path,
                },
            ),
            Effect::ReadFile { path } => Self::send(
                &tx,
                Action::FileLoaded {
                    result: read(&path),
                    path,
                },
            ),
            Effect::WriteFile { path, text } => {
                let result = write_atomic(&path, text.as_bytes())
                    .map_err(|e| ServiceError::io("write", &path, e));
                Self::send(&tx, Action::FileSaved { path, result });
            }
            Effect::Format { path, lang, text } => {
                // Not a job: formatting one file is quick, and an answer for
                // a buffer edited meanwhile is dropped by `update`.
                let cancel = CancelToken::new();
                let (failed_path, failed_text) = (path.clone(), text.clone());
                self.spawn(
                    "format",
                    move || {
                        let result = services.format(lang, &text, &cancel);
                        Self::send(
                            &tx,
                            Action::Formatted {
                                path,
                                source: text,
                                result,
                            },
                        );
                    },
                    move |e| Action::Formatted {
                        path: failed_path,
                        source: failed_text,
                        result: Err(FormatError::Failed {
                            tool: formatter_name(lang),
                            message: e.to_string(),
                        }),
                    },
                );
            }
            Effect::SaveSettings(settings) => self.save_settings(settings),
            other => self.engine_call(other),
        }
    }

    fn token(&mut self, job: u64) -> CancelToken {
        let cancel = CancelToken::new();
        self.cancels.insert(job, cancel.clone());
        cancel
    }

    fn check(&mut self, job: u64, exercise: String) {
        let (tx, services) = (self.tx.clone(), Arc::clone(&self.services));
        let cancel = self.token(job);
        let id = exercise.clone();
        self.spawn(
            "check",
            move || {
                let sink = job_sink(&tx, job);
                let result = services.check(&exercise, &sink, &cancel);
                let progress = Some(services.progress(&exercise));
                Self::send(
                    &tx,
                    Action::CheckDone {
                        job,
                        exercise,
                        result,
                        progress,
                    },
                );
            },
            |e| Action::CheckDone {
                job,
                exercise: id,
                result: Err(e),
                progress: None,
            },
        );
    }

    /// The short engine calls: hint, answer, reset, solution, rustc --explain.
    fn engine_call(&mut self, effect: Effect) {
        match effect {
            Effect::NextHint { exercise } => self.call(
                "hint",
                exercise,
                |s, exercise| s.next_hint(exercise),
                |exercise, result| Action::HintReady { exercise, result },
            ),
            Effect::Answer { exercise, choice } => self.call(
                "answer",
                exercise,
                move |s, exercise| Ok((s.answer(exercise, choice), s.progress(exercise))),
                move |exercise, called| {
                    let (result, progress) = match called {
                        Ok((result, progress)) => (result, Some(progress)),
                        Err(e) => (Err(e), None),
                    };
                    Action::Answered {
                        exercise,
                        choice,
                        result,
                        progress,
                    }
                },
            ),
            Effect::LoadPlayground(program) => self.call(
                "playground",
                program,
                |s, program| s.playground_text(program),
                |program, result| Action::PlaygroundLoaded { program, result },
            ),
            Effect::PreparePlayground { program, builtin } => self.call(
                "playground",
                program,
                |s, program| s.playground_file(program),
                move |program, result| Action::PlaygroundReady {
                    program,
                    builtin,
                    result,
                },
            ),
            Effect::ResetPlayground(program) => self.call(
                "playground",
                program,
                |s, program| s.reset_playground(program),
                |program, result| Action::PlaygroundReset { program, result },
            ),
            Effect::Reset { exercise } => self.call(
                "reset",
                exercise,
                |s, exercise| s.reset(exercise),
                |exercise, result| Action::ResetDone { exercise, result },
            ),
            Effect::Solution { exercise, force } => self.call(
                "solution",
                exercise,
                move |s, exercise| s.solution(exercise, force),
                |exercise, result| Action::SolutionReady { exercise, result },
            ),
            Effect::RustcExplain { code } => self.call(
                "explain",
                code,
                |s, code| s.rustc_explain(code),
                |code, result| Action::RustcExplained { code, result },
            ),
            _ => {}
        }
    }

    /// One engine call about an exercise, a page program or an error code
    /// on a worker thread; `done` turns its result, or the failure to start
    /// the thread, into the action that comes back through the channel.
    fn call<K, Q, T>(
        &mut self,
        name: &'static str,
        key: K,
        work: impl FnOnce(&S, &Q) -> ServiceResult<T> + Send + 'static,
        done: impl Fn(K, ServiceResult<T>) -> Action + Clone + Send + 'static,
    ) where
        K: std::borrow::Borrow<Q> + Clone + Send + 'static,
        Q: ?Sized,
    {
        let (tx, services) = (self.tx.clone(), Arc::clone(&self.services));
        let (id, on_thread) = (key.clone(), done.clone());
        self.spawn(
            name,
            move || {
                let result = work(&services, key.borrow());
                Self::send(&tx, on_thread(key, result));
            },
            move |e| done(id, Err(e)),
        );
    }

    /// Settings go to one writer thread, which writes them in order (the
    /// latest of a burst), off the UI thread.
    fn save_settings(&mut self, settings: Settings) {
        if self.settings.is_none() {
            let (settings_tx, settings_rx) = mpsc::channel::<Settings>();
            let (tx, services) = (self.tx.clone(), Arc::clone(&self.services));
            match std::thread::Builder::new()
                .name("gorust-settings".into())
                .spawn(move || {
                    while let Ok(mut latest) = settings_rx.recv() {
                        while let Ok(newer) = settings_rx.try_recv() {
                            latest = newer;
                        }
                        if let Err(e) = services.save_settings(&latest) {
                            Self::send(&tx, Action::SettingsNotSaved(e));
                        }
                    }
                }) {
                Ok(writer) => self.settings = Some((settings_tx, writer)),
                Err(e) => {
                    let error = ServiceError::thread("settings", e);
                    return Self::send(&self.tx, Action::SettingsNotSaved(error));
                }
            }
        }
        if let Some((writer, _)) = &self.settings {
            let _ = writer.send(settings);
        }
    }
}

fn job_sink(tx: &Sender<Event>, job: u64) -> impl Fn(RunEvent) + use<> {
    let tx = tx.clone();
    move |event: RunEvent| {
        let _ = tx.send(Event::Action(Action::Job { job, event }));
    }
}

fn read(path: &std::path::Path) -> Result<String, ServiceError> {
    std::fs::read_to_string(path).map_err(|e| ServiceError::io("read", path, e))
}
