//! The loop: events in, `update`, effects out, draw. The terminal guard,
//! the input thread, the executor and the editor's suspension live in their
//! own modules; this one wires them together.

use super::action::Action;
use super::app::{App, Init, TuiOptions};
use super::input::{self, Signals};
use super::keymap;
use super::services::Services;
use super::suspend::InputGate;
use super::terminal::TerminalGuard;
use super::theme::{Theme, no_color_requested};
use super::{ui, update};
use crate::highlight;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event as TermEvent, KeyEventKind, MouseButton, MouseEventKind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

pub use super::event::Event;
pub use super::executor::Executor;

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
    let gate = Arc::new(InputGate::default());
    let signals = Signals::register(&gate)?;
    let guard = TerminalGuard::enter()?;
    let mut terminal = guard.terminal()?;
    let size = terminal.size()?;
    let init = initial(&*services, options, (size.width, size.height));
    let (tx, rx) = mpsc::channel();
    // Dropping the guard on this error path restores the terminal.
    input::spawn(tx.clone(), Arc::clone(&gate), Arc::clone(&signals.stop))
        .map_err(|e| anyhow::anyhow!("cannot start reading the keyboard: {e}"))?;
    spawn_startup(&services, &tx);
    let mut executor = Executor::new(services, tx, Some(gate));
    let result = run_loop(&mut terminal, init, &mut executor, &rx, &signals.stop);
    executor.shutdown();
    drop(guard);
    result?;
    Ok(match signals.stopped_by() {
        None => Ended::Quit,
        Some(signal) => Ended::Signal(signal),
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
        settings: services.settings(),
        pack_key: services.pack_key(),
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
    if let Action::Resize(..) = action {
        // The next draw repaints everything; a resize can leave stale cells.
        let _ = terminal.clear();
    }
    let effects = update::update(app, action);
    executor.run_all(effects, terminal);
    true
}

/// Start-up work kept off the first frame's path, each on a thread of its
/// own: finding the toolchains, and making every exercise's copies.
fn spawn_startup<S: Services>(services: &Arc<S>, tx: &Sender<Event>) {
    spawn_startup_job("gorust-toolchains", services, tx, |s| {
        Action::Toolchains(s.toolchains())
    });
    spawn_startup_job("gorust-workspace", services, tx, |s| {
        Action::WorkspacePrepared(s.prepare_workspace())
    });
}

/// Runs `work` on a thread named `name` and sends its answer; where the
/// thread cannot start, does it here instead.
fn spawn_startup_job<S: Services>(
    name: &str,
    services: &Arc<S>,
    tx: &Sender<Event>,
    work: fn(&S) -> Action,
) {
    let spawned = std::thread::Builder::new().name(name.into()).spawn({
        let services = Arc::clone(services);
        let tx = tx.clone();
        move || {
            let _ = tx.send(Event::Action(work(&services)));
        }
    });
    if spawned.is_err() {
        let _ = tx.send(Event::Action(work(services)));
    }
}
