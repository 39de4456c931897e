//! The terminal UI: lessons with Go and Rust side by side, exercises checked
//! live, all in one event loop.
//!
//! Data flows one way: a key, mouse, tick, file or runner event becomes an
//! [`Action`]; [`update()`] changes the [`App`] and returns [`Effect`]s and
//! does no I/O; the executor in [`runtime`] carries the effects out (worker
//! threads for checks and runs) and their results come back as actions;
//! [`ui::draw`] draws the state.

pub mod action;
mod adapter;
pub mod app;
pub mod content;
pub mod editor;
mod event;
pub mod executor;
mod input;
pub mod job;
pub mod keymap;
pub mod layout;
pub mod markdown;
pub mod runtime;
pub mod services;
mod suspend;
mod terminal;
pub mod theme;
pub mod ui;
pub mod update;
pub mod watch;

pub use action::{Action, Effect};
pub use app::{App, Init, TuiOptions};
pub use runtime::Ended;
pub use services::Services;
pub use theme::Theme;
pub use update::update;

/// Starts the interactive UI on the terminal, over the engine: `gorust`
/// with no command, and `gorust open <id>`.
pub fn run(
    engine: std::sync::Arc<crate::engine::Engine>,
    options: TuiOptions,
) -> anyhow::Result<Ended> {
    runtime::run_with(engine, options)
}

/// The same over any [`Services`] (the loop tests use a fake).
pub fn run_with<S: Services>(
    services: std::sync::Arc<S>,
    options: TuiOptions,
) -> anyhow::Result<Ended> {
    runtime::run_with(services, options)
}
