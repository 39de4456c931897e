//! The effect executor: the one place that calls the engine. Long work runs
//! on worker threads whose results come back through the channel as
//! actions; settings are written by one writer thread, in order.

use super::action::{Action, Effect, PlaygroundEvent};
use super::event::Event;
use super::services::{ServiceError, ServiceResult, Services};
use super::suspend::{self, InputGate};
use super::watch::{self, Watch};
use crate::fsutil::write_atomic;
use crate::runner::{CancelToken, EventSink, FormatError, RunEvent, formatter_name};
use crate::settings::Settings;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::sync::Arc;
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub struct Executor<S: Services> {
    services: Arc<S>,
    tx: Sender<Event>,
    watch: Option<Watch>,
    /// `None` when there is no real terminal (tests): the editor is then run
    /// without suspending anything.
    gate: Option<Arc<InputGate>>,
    workers: Vec<Worker>,
    settings: Option<(Sender<Settings>, JoinHandle<()>)>,
}

impl<S: Services> Executor<S> {
    pub fn new(services: Arc<S>, tx: Sender<Event>, gate: Option<Arc<InputGate>>) -> Executor<S> {
        Executor {
            services,
            tx,
            watch: None,
            gate,
            workers: Vec::new(),
            settings: None,
        }
    }

    /// Cancels everything running, writes the last settings, and waits
    /// briefly for the workers, so their child processes are killed before
    /// gorust exits.
    pub fn shutdown(&mut self) {
        for worker in &self.workers {
            if let Some(token) = &worker.cancel {
                token.cancel();
            }
        }
        self.watch = None;
        if let Some((tx, writer)) = self.settings.take() {
            drop(tx);
            let _ = writer.join();
        }
        let deadline = Instant::now() + Duration::from_secs(2);
        for worker in self.workers.drain(..) {
            while !worker.thread.is_finished() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    fn send(tx: &Sender<Event>, action: Action) {
        let _ = tx.send(Event::Action(action));
    }

    /// Runs `work` on a worker thread, stopped by `cancel` at shutdown; if
    /// no thread can be started, the effect fails with `failed`'s action
    /// instead.
    fn spawn(
        &mut self,
        name: &'static str,
        cancel: Option<CancelToken>,
        work: impl FnOnce() + Send + 'static,
        failed: impl FnOnce(ServiceError) -> Action,
    ) {
        self.workers.retain(|w| !w.thread.is_finished());
        match std::thread::Builder::new()
            .name(format!("gorust-{name}"))
            .spawn(work)
        {
            Ok(thread) => self.workers.push(Worker { thread, cancel }),
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
        match effect {
            Effect::Check {
                job,
                exercise,
                cancel,
            } => self.check(job, exercise, cancel),
            Effect::RunSnippet { job, run, cancel } => {
                let lang = run.program.lang;
                let work = move |s: &S, sink: &dyn EventSink, cancel: &CancelToken| {
                    let result = s.run_snippet(run, sink, cancel);
                    Action::SnippetDone { job, lang, result }
                };
                let failed = move |e| Action::SnippetDone {
                    job,
                    lang,
                    result: Err(e),
                };
                self.run_job("snippet", job, cancel, work, failed);
            }
            Effect::Cancel { token, .. } => token.cancel(),
            Effect::LoadFiles { exercise } => {
                let done = |exercise, result| Action::FilesReady { exercise, result };
                self.call("files", exercise, S::learner_files, done);
            }
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
                // Its own token still lets shutdown stop the formatter.
                let cancel = CancelToken::new();
                let (failed_path, failed_text) = (path.clone(), text.clone());
                let services = Arc::clone(&self.services);
                self.spawn(
                    "format",
                    Some(cancel.clone()),
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

    fn check(&mut self, job: u64, exercise: String, cancel: CancelToken) {
        let id = exercise.clone();
        let work = move |s: &S, sink: &dyn EventSink, cancel: &CancelToken| {
            let result = s.check(&exercise, sink, cancel);
            let progress = Some(s.progress(&exercise));
            Action::CheckDone {
                job,
                exercise,
                result,
                progress,
            }
        };
        let failed = |e| Action::CheckDone {
            job,
            exercise: id,
            result: Err(e),
            progress: None,
        };
        self.run_job("check", job, cancel, work, failed);
    }

    /// A build-and-run job on a worker thread: `work` gets the services,
    /// the sink that streams the job's events back and the job's cancel
    /// token (kept, too, to stop it at shutdown), and returns the action that
    /// ends the job; `failed` is that action when no thread can start.
    fn run_job(
        &mut self,
        name: &'static str,
        job: u64,
        cancel: CancelToken,
        work: impl FnOnce(&S, &dyn EventSink, &CancelToken) -> Action + Send + 'static,
        failed: impl FnOnce(ServiceError) -> Action,
    ) {
        let (tx, services) = (self.tx.clone(), Arc::clone(&self.services));
        let token = cancel.clone();
        let thread = move || {
            let sink = job_sink(&tx, job);
            Self::send(&tx, work(&services, &sink, &token));
        };
        self.spawn(name, Some(cancel), thread, failed);
    }

    /// The short engine calls: hint, answer, reset, solution, rustc --explain.
    fn engine_call(&mut self, effect: Effect) {
        match effect {
            Effect::NextHint { exercise } => {
                let done = |exercise, result| Action::HintReady { exercise, result };
                self.call("hint", exercise, S::next_hint, done);
            }
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
            Effect::LoadPlayground(program) => {
                let done = |program, result| Action::Playground {
                    program,
                    event: PlaygroundEvent::Loaded(result),
                };
                self.call("playground", program, S::playground_text, done);
            }
            Effect::PreparePlayground { program, builtin } => {
                let done = move |program, result| Action::Playground {
                    program,
                    event: PlaygroundEvent::Ready { builtin, result },
                };
                self.call("playground", program, S::playground_file, done);
            }
            Effect::ResetPlayground(program) => {
                let done = |program, result| Action::Playground {
                    program,
                    event: PlaygroundEvent::Reset(result),
                };
                self.call("playground", program, S::reset_playground, done);
            }
            Effect::Reset { exercise } => {
                let done = |exercise, result| Action::ResetDone { exercise, result };
                self.call("reset", exercise, S::reset, done);
            }
            Effect::Solution { exercise, force } => {
                let done = |exercise, result| Action::SolutionReady { exercise, result };
                let work = move |s: &S, exercise: &str| s.solution(exercise, force);
                self.call("solution", exercise, work, done);
            }
            Effect::RustcExplain { code } => {
                let done = |code, result| Action::RustcExplained { code, result };
                self.call("explain", code, S::rustc_explain, done);
            }
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
            None,
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

/// A worker thread and, for a build-and-run, the token that stops it.
struct Worker {
    thread: JoinHandle<()>,
    cancel: Option<CancelToken>,
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
