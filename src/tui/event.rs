//! What the loop receives: terminal input, ticks, and actions sent back by
//! the executor's workers and the file watcher.

use super::action::Action;
use ratatui::crossterm::event::Event as TermEvent;

/// Actions are the common case; boxing them would cost an allocation per
/// output line.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Event {
    Terminal(TermEvent),
    Tick,
    Action(Action),
}
