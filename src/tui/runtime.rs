//! The loop: events in, `update`, effects out, draw. Also the terminal's
//! setup and restore, the input thread, signals and the effect executor, the
//! one place that calls the engine.

use super::action::{Action, EditorError, Effect};
use super::app::{App, Init, TICK_MILLIS, TuiOptions};
use super::keymap;
use super::services::Services;
use super::theme::{Theme, no_color_requested};
use super::watch::{self, Watch};
use super::{ui, update};
use crate::fsutil::write_atomic;
use crate::highlight;
use crate::runner::{CancelToken, RunEvent};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{
    self, Event as TermEvent, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::{cursor, execute, terminal as ct};
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

/// Everything the loop receives. Actions are the common case; boxing them
/// would cost an allocation per output line.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Event {
    Terminal(TermEvent),
    Tick,
    Action(Action),
}

/// How the UI ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// The learner quit.
    Quit,
    /// SIGTERM or SIGHUP stopped it (the terminal is restored all the same).
    Signal(i32),
}

/// Runs the UI on the real terminal until the learner quits or a signal
/// arrives; the terminal is restored in every case.
pub fn run_with<S: Services>(services: Arc<S>, options: TuiOptions) -> anyhow::Result<Ended> {
    highlight::warm_up();
    let stop = Arc::new(AtomicBool::new(false));
    let stopped_by = Arc::new(AtomicUsize::new(0));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
        signal_hook::flag::register_usize(signal, Arc::clone(&stopped_by), signal as usize)?;
    }
    let gate = Arc::new(InputGate::default());
    signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&gate.sigint))?;
    let guard = TerminalGuard::enter()?;
    let mut terminal = guard.terminal()?;
    let size = terminal.size()?;
    let init = initial(&*services, options, (size.width, size.height));
    let (tx, rx) = mpsc::channel();
    spawn_input(tx.clone(), Arc::clone(&gate), Arc::clone(&stop));
    spawn_toolchains(&services, tx.clone());
    let mut executor = Executor::new(services, tx, Some(gate));
    let result = run_loop(&mut terminal, init, &mut executor, &rx, &stop);
    executor.shutdown();
    drop(guard);
    result?;
    Ok(match stopped_by.load(Ordering::SeqCst) {
        0 => Ended::Quit,
        signal => Ended::Signal(i32::try_from(signal).unwrap_or(i32::MAX)),
    })
}

/// What the app starts from. Toolchains are detected later, off the
/// first frame's path.
pub fn initial<S: Services>(
    services: &S,
    options: TuiOptions,
    size: (u16, u16),
) -> (Arc<crate::pack::Pack>, Init) {
    let pack = Arc::new(services.pack().clone());
    let progress = services.all_progress();
    let colorfgbg = std::env::var("COLORFGBG").ok();
    let init = Init {
        progress,
        ui: services.ui_state(),
        toolchains: Vec::new(),
        problems: services.problems(),
        options,
        color: !no_color_requested(std::env::var_os("NO_COLOR").as_deref()),
        default_theme: Theme::guess_from_env(colorfgbg.as_deref()),
        size,
    };
    (pack, init)
}

/// The event loop, generic over the backend so tests run it on TestBackend.
pub fn run_loop<B: Backend, S: Services>(
    terminal: &mut Terminal<B>,
    (pack, init): (Arc<crate::pack::Pack>, Init),
    executor: &mut Executor<S>,
    rx: &Receiver<Event>,
    stop: &AtomicBool,
) -> anyhow::Result<App>
where
    B::Error: Send + Sync + 'static,
{
    let (mut app, effects) = App::new(pack, init);
    executor.run_all(effects, terminal);
    terminal.draw(|f| ui::draw(f, &app))?;
    let mut highlighted = highlight::ready();
    while !app.quit {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let first = match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(event) => event,
            Err(RecvTimeoutError::Timeout) => {
                // Syntect finished loading in the background: redraw in colour.
                if !highlighted && highlight::ready() {
                    highlighted = true;
                    terminal.draw(|f| ui::draw(f, &app))?;
                }
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let mut redraw = false;
        // Handle everything pending before drawing once: a program that
        // prints fast must not cost a frame per line.
        let mut next = Some(first);
        let started = Instant::now();
        while let Some(event) = next.take() {
            redraw |= handle(&mut app, event, executor, terminal);
            if app.quit || started.elapsed() > Duration::from_millis(30) {
                break;
            }
            next = rx.try_recv().ok();
        }
        if redraw || (!highlighted && highlight::ready()) {
            highlighted |= highlight::ready();
            terminal.draw(|f| ui::draw(f, &app))?;
        }
    }
    Ok(app)
}

/// One event through keymap, update and the executor; true if the screen
/// may have changed.
pub fn handle<B: Backend, S: Services>(
    app: &mut App,
    event: Event,
    executor: &mut Executor<S>,
    terminal: &mut Terminal<B>,
) -> bool {
    let action = match event {
        Event::Tick => {
            let animating = app.running();
            update::update(app, Action::Tick);
            return animating;
        }
        Event::Action(action) => Some(action),
        Event::Terminal(TermEvent::Key(key)) if key.kind != KeyEventKind::Release => {
            keymap::action_for(app, &key)
        }
        Event::Terminal(TermEvent::Resize(w, h)) => Some(Action::Resize(w, h)),
        Event::Terminal(TermEvent::Mouse(m)) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll {
                column: m.column,
                row: m.row,
                down: true,
            }),
            MouseEventKind::ScrollUp => Some(Action::Scroll {
                column: m.column,
                row: m.row,
                down: false,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Terminal(TermEvent::FocusGained) => Some(Action::Tick),
        Event::Terminal(_) => None,
    };
    let Some(action) = action else { return false };
    if let Action::CheckDone { job, .. } | Action::SnippetDone { job, .. } = &action {
        executor.finished(*job);
    }
    if let Action::Resize(..) = action {
        // The next draw repaints everything; a resize can leave stale cells.
        let _ = terminal.clear();
    }
    let effects = update::update(app, action);
    executor.run_all(effects, terminal);
    true
}

// ---------------------------------------------------------------- terminal

/// Raw mode, alternate screen and mouse on; all undone on drop and on panic.
pub struct TerminalGuard {
    _private: (),
}

impl TerminalGuard {
    pub fn enter() -> anyhow::Result<TerminalGuard> {
        use std::io::IsTerminal;
        if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
            anyhow::bail!(
                "gorust's interactive mode needs a terminal; see `gorust --help` for the commands"
            );
        }
        // ratatui's hook restores raw mode and the alternate screen; ours
        // runs first and gives the mouse back too.
        let terminal = ratatui::try_init()?;
        drop(terminal);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(
                io::stdout(),
                event::DisableMouseCapture,
                event::DisableFocusChange,
                cursor::Show
            );
            previous(info);
        }));
        execute!(io::stdout(), event::EnableMouseCapture)?;
        Ok(TerminalGuard { _private: () })
    }

    pub fn terminal(&self) -> io::Result<ratatui::DefaultTerminal> {
        Terminal::new(ratatui::backend::CrosstermBackend::new(io::stdout()))
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), event::DisableMouseCapture, cursor::Show);
        ratatui::restore();
    }
}

/// Lets the editor have the keyboard: the input thread stops reading while
/// it is paused.
#[derive(Default)]
pub struct InputGate {
    paused: AtomicBool,
    idle: AtomicBool,
    /// SIGINT arrived: acts as Ctrl-C, except while an editor has the
    /// terminal (the editor got it too, and it was meant for the editor).
    sigint: Arc<AtomicBool>,
}

fn spawn_input(tx: Sender<Event>, gate: Arc<InputGate>, stop: Arc<AtomicBool>) {
    std::thread::Builder::new()
        .name("gorust-input".into())
        .spawn(move || {
            let tick = Duration::from_millis(TICK_MILLIS);
            let mut last_tick = Instant::now();
            while !stop.load(Ordering::SeqCst) {
                if gate.sigint.swap(false, Ordering::SeqCst)
                    && !gate.paused.load(Ordering::SeqCst)
                    && tx.send(Event::Action(Action::Interrupt)).is_err()
                {
                    return;
                }
                if gate.paused.load(Ordering::SeqCst) {
                    gate.idle.store(true, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(10));
                    continue;
                }
                gate.idle.store(false, Ordering::SeqCst);
                match event::poll(Duration::from_millis(50)) {
                    Ok(true) => match event::read() {
                        Ok(ev) => {
                            if tx.send(Event::Terminal(ev)).is_err() {
                                return;
                            }
                        }
                        Err(_) => {
                            // The terminal went away (SIGHUP): stop like a signal.
                            stop.store(true, Ordering::SeqCst);
                            return;
                        }
                    },
                    Ok(false) => {}
                    Err(_) => {
                        stop.store(true, Ordering::SeqCst);
                        return;
                    }
                }
                if last_tick.elapsed() >= tick {
                    last_tick = Instant::now();
                    if tx.send(Event::Tick).is_err() {
                        return;
                    }
                }
            }
        })
        .ok();
}

fn spawn_toolchains<S: Services>(services: &Arc<S>, tx: Sender<Event>) {
    let services = Arc::clone(services);
    std::thread::Builder::new()
        .name("gorust-toolchains".into())
        .spawn(move || {
            let tools = services.toolchains();
            let _ = tx.send(Event::Action(Action::Toolchains(tools)));
        })
        .ok();
}

// ---------------------------------------------------------------- effects

/// Carries out effects. Long work runs on worker threads whose results come
/// back through the channel as actions.
pub struct Executor<S: Services> {
    services: Arc<S>,
    tx: Sender<Event>,
    cancels: HashMap<u64, CancelToken>,
    watch: Option<Watch>,
    /// `None` when there is no real terminal (tests): the editor is then run
    /// without suspending anything.
    gate: Option<Arc<InputGate>>,
    workers: Vec<std::thread::JoinHandle<()>>,
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
        }
    }

    pub fn finished(&mut self, job: u64) {
        self.cancels.remove(&job);
    }

    /// Cancels everything running and waits briefly for the workers, so
    /// their child processes are killed before gorust exits.
    pub fn shutdown(&mut self) {
        for token in self.cancels.values() {
            token.cancel();
        }
        self.watch = None;
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

    fn spawn(&mut self, name: &str, work: impl FnOnce() + Send + 'static) {
        self.workers.retain(|w| !w.is_finished());
        match std::thread::Builder::new()
            .name(format!("gorust-{name}"))
            .spawn(work)
        {
            Ok(handle) => self.workers.push(handle),
            Err(e) => Self::send(
                &self.tx,
                Action::EditorReturned(Err(EditorError::Failed(format!(
                    "cannot start a thread: {e}"
                )))),
            ),
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
            Effect::Check { job, exercise } => {
                let cancel = CancelToken::new();
                self.cancels.insert(job, cancel.clone());
                self.spawn("check", move || {
                    let events_tx = tx.clone();
                    let sink = move |event: RunEvent| {
                        let _ = events_tx.send(Event::Action(Action::Job { job, event }));
                    };
                    let result = services.check(&exercise, &sink, &cancel);
                    let progress = services.progress(&exercise);
                    Self::send(
                        &tx,
                        Action::CheckDone {
                            job,
                            exercise,
                            result,
                            progress,
                        },
                    );
                });
            }
            Effect::RunSnippet {
                job,
                lesson,
                page,
                lang,
            } => {
                let cancel = CancelToken::new();
                self.cancels.insert(job, cancel.clone());
                self.spawn("snippet", move || {
                    let events_tx = tx.clone();
                    let sink = move |event: RunEvent| {
                        let _ = events_tx.send(Event::Action(Action::Job { job, event }));
                    };
                    let result = services.run_snippet(&lesson, page, lang, &sink, &cancel);
                    Self::send(&tx, Action::SnippetDone { job, lang, result });
                });
            }
            Effect::Cancel { job } => {
                if let Some(token) = self.cancels.get(&job) {
                    token.cancel();
                }
            }
            Effect::LoadFiles { exercise } => self.spawn("files", move || {
                let result = services.learner_files(&exercise);
                Self::send(&tx, Action::FilesReady { exercise, result });
            }),
            Effect::Watch { paths } => {
                self.watch = None;
                let changed_tx = tx.clone();
                let result = watch::start(&paths, move |path| {
                    Self::send(&changed_tx, Action::FileChanged(path))
                });
                let outcome = result.map(|w| {
                    self.watch = Some(w);
                });
                Self::send(&tx, Action::Watching(outcome));
            }
            Effect::Unwatch => self.watch = None,
            Effect::ExternalEditor { path } => {
                let result = self.external_editor(&path, terminal);
                if result == Err(EditorError::NotSet) {
                    // Open the built-in editor, then say why it is that one.
                    Self::send(
                        &tx,
                        Action::FileLoaded {
                            result: read(&path),
                            path,
                        },
                    );
                    Self::send(&tx, Action::EditorReturned(result));
                } else {
                    Self::send(&tx, Action::EditorReturned(result));
                }
            }
            Effect::ReadFile { path } => Self::send(
                &tx,
                Action::FileLoaded {
                    result: read(&path),
                    path,
                },
            ),
            Effect::WriteFile { path, text } => {
                let result = write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string());
                Self::send(&tx, Action::FileSaved { path, result });
            }
            Effect::NextHint { exercise } => self.spawn("hint", move || {
                let result = services.next_hint(&exercise);
                Self::send(&tx, Action::HintReady { exercise, result });
            }),
            Effect::Answer { exercise, choice } => self.spawn("answer", move || {
                let result = services.answer(&exercise, choice);
                let progress = services.progress(&exercise);
                Self::send(
                    &tx,
                    Action::Answered {
                        exercise,
                        choice,
                        result,
                        progress,
                    },
                );
            }),
            Effect::Reset { exercise } => self.spawn("reset", move || {
                let result = services.reset(&exercise);
                Self::send(&tx, Action::ResetDone { exercise, result });
            }),
            Effect::Solution { exercise, force } => self.spawn("solution", move || {
                let result = services.solution(&exercise, force);
                Self::send(&tx, Action::SolutionReady { exercise, result });
            }),
            // Small and local; a failure only loses a preference.
            Effect::SaveUiState(state) => {
                let _ = self.services.save_ui_state(&state);
            }
        }
    }

    /// Suspends the UI, runs $VISUAL or $EDITOR on the file, and comes back.
    /// Ok(true) when the file's contents changed.
    fn external_editor<B: Backend>(
        &mut self,
        path: &Path,
        terminal: &mut Terminal<B>,
    ) -> Result<bool, EditorError> {
        let command = editor_command(std::env::var("VISUAL").ok(), std::env::var("EDITOR").ok())
            .ok_or(EditorError::NotSet)?;
        let before = std::fs::read(path).ok();
        let status = match &self.gate {
            Some(gate) => {
                gate.paused.store(true, Ordering::SeqCst);
                let deadline = Instant::now() + Duration::from_millis(300);
                while !gate.idle.load(Ordering::SeqCst) && Instant::now() < deadline {
                    std::thread::sleep(Duration::from_millis(5));
                }
                let _ = execute!(
                    io::stdout(),
                    event::DisableMouseCapture,
                    ct::LeaveAlternateScreen,
                    cursor::Show
                );
                let _ = ct::disable_raw_mode();
                let status = spawn_editor(&command, path);
                let _ = ct::enable_raw_mode();
                let _ = execute!(
                    io::stdout(),
                    ct::EnterAlternateScreen,
                    event::EnableMouseCapture
                );
                let _ = io::stdout().flush();
                let _ = terminal.clear();
                gate.sigint.store(false, Ordering::SeqCst);
                gate.paused.store(false, Ordering::SeqCst);
                status
            }
            None => spawn_editor(&command, path),
        };
        match status {
            Ok(s) if s.success() => Ok(std::fs::read(path).ok() != before),
            Ok(s) => Err(EditorError::Failed(format!(
                "{} exited with {s}",
                command[0]
            ))),
            Err(e) => Err(EditorError::Failed(format!(
                "cannot run {}: {e}",
                command[0]
            ))),
        }
    }
}

/// `$VISUAL`, else `$EDITOR`, split into program and arguments ("code -w").
pub fn editor_command(visual: Option<String>, editor: Option<String>) -> Option<Vec<String>> {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(|v| v.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .find(|words| !words.is_empty())
}

fn spawn_editor(command: &[String], path: &Path) -> io::Result<std::process::ExitStatus> {
    let (program, args) = command
        .split_first()
        .ok_or_else(|| io::Error::other("empty editor command"))?;
    std::process::Command::new(program)
        .args(args)
        .arg(path)
        .status()
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_prefers_visual_and_splits_arguments() {
        assert_eq!(
            editor_command(Some("code -w".into()), Some("vi".into())),
            Some(vec!["code".to_owned(), "-w".to_owned()])
        );
        assert_eq!(
            editor_command(Some("  ".into()), Some("vi".into())),
            Some(vec!["vi".to_owned()])
        );
        assert_eq!(editor_command(None, None), None);
    }
}
