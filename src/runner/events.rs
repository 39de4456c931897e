//! How a run reports progress while it happens, and how it is stopped.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::Serialize;

/// Stops a run from another thread. Clones share the same flag.
#[derive(Clone, Debug, Default)]
pub struct CancelToken(Arc<AtomicBool>);

impl CancelToken {
    pub fn new() -> CancelToken {
        CancelToken::default()
    }

    /// The running child process group is killed within a poll interval.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// Two tokens are equal when they stop the same run (clones of one token),
/// so an effect that carries one can be compared in tests.
impl PartialEq for CancelToken {
    fn eq(&self, other: &CancelToken) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for CancelToken {}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Build,
    Lint,
    Run,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// What happens during a run, in order, as it happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunEvent {
    PhaseStarted(Phase),
    /// A phase ended (how it went is in the verdict).
    PhaseFinished {
        phase: Phase,
        elapsed: Duration,
    },
    /// Cargo finished one crate (`unit`); `done` of `total` packages so far.
    BuildProgress {
        unit: String,
        done: usize,
        total: usize,
    },
    /// One line a tool or the program printed (without its newline).
    Output {
        stream: Stream,
        line: String,
    },
}

/// Receives [`RunEvent`]s; called from the thread that called the runner.
pub trait EventSink: Sync {
    fn event(&self, event: RunEvent);
}

impl<F: Fn(RunEvent) + Sync> EventSink for F {
    fn event(&self, event: RunEvent) {
        self(event)
    }
}

/// For callers that only want the verdict.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoEvents;

impl EventSink for NoEvents {
    fn event(&self, _event: RunEvent) {}
}
