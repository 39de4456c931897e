//! One build-and-run's life cycle, owned in one place: a [`JobSlot`] holds at
//! most one running job (a check, or a snippet run), what it has shown so
//! far, how it ended, and whether to run again once it ends (a save during
//! a check). Results of a job that is no longer the slot's are dropped here,
//! once, instead of in each arm of `update`. The slot also holds the running
//! job's cancel token: `start` hands a clone to the effect that runs it, and
//! `cancel` hands one to the effect that stops it, so nobody else keeps
//! tokens by job id.

use super::action::Effect;
use super::services::ServiceError;
use crate::runner::{CancelToken, Phase, RunEvent, Stream, Verdict};

/// Live lines kept while a program runs; the verdict holds the full output.
pub const LIVE_LINES: usize = 2000;

/// What a run has shown so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Running {
    pub phase: Option<Phase>,
    /// Cargo's progress: crate being compiled, done, total.
    pub progress: Option<(String, usize, usize)>,
    /// Output as it streams in (capped).
    pub live: Vec<(Stream, String)>,
    pub started_tick: u64,
}

/// Where a run is in its life.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum RunState {
    /// Never run (or reset).
    #[default]
    Idle,
    Running(Running),
    Finished(Verdict),
    /// It could not run at all (no copy of the exercise, a workspace error).
    Failed(ServiceError),
}

impl RunState {
    pub fn running(&self) -> bool {
        matches!(self, RunState::Running(_))
    }

    pub fn verdict(&self) -> Option<&Verdict> {
        match self {
            RunState::Finished(verdict) => Some(verdict),
            _ => None,
        }
    }
}

/// A slot for one job at a time (gitui's `AsyncSingleJob`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JobSlot {
    job: Option<(u64, CancelToken)>,
    state: RunState,
    again: bool,
}

impl JobSlot {
    pub fn state(&self) -> &RunState {
        &self.state
    }

    pub fn running(&self) -> bool {
        self.job.is_some()
    }

    pub fn idle(&self) -> bool {
        self.state == RunState::Idle
    }

    pub fn verdict(&self) -> Option<&Verdict> {
        self.state.verdict()
    }

    /// The job running in this slot, if any.
    pub fn job(&self) -> Option<u64> {
        self.job.as_ref().map(|(job, _)| *job)
    }

    /// A slot showing an earlier run's verdict, with nothing running.
    pub fn finished(verdict: Verdict) -> Self {
        JobSlot {
            job: None,
            state: RunState::Finished(verdict),
            again: false,
        }
    }

    /// Starts job `job` at `tick`; whatever ran before is forgotten. The
    /// token returned goes with the effect that runs the job.
    pub fn start(&mut self, job: u64, tick: u64) -> CancelToken {
        let cancel = CancelToken::new();
        self.job = Some((job, cancel.clone()));
        self.again = false;
        self.state = RunState::Running(Running {
            started_tick: tick,
            ..Running::default()
        });
        cancel
    }

    /// The effect that cancels the running job, if one runs.
    pub fn cancel(&self) -> Option<Effect> {
        self.job.as_ref().map(|(job, token)| Effect::Cancel {
            job: *job,
            token: token.clone(),
        })
    }

    /// Asks for another run once the running one ends. False when nothing
    /// runs (the caller starts one now).
    pub fn again_after(&mut self) -> bool {
        if self.running() {
            self.again = true;
        }
        self.again
    }

    /// True when a run was asked for while this one ran.
    pub fn again_requested(&self) -> bool {
        self.again
    }

    /// Back to idle, forgetting the job (its late results are dropped).
    pub fn clear(&mut self) {
        *self = JobSlot::default();
    }

    /// True when `job` is the one this slot runs.
    pub fn owns(&self, job: u64) -> bool {
        self.job() == Some(job)
    }

    /// Applies an event of `job` if it is this slot's; false if it is not.
    pub fn event(&mut self, job: u64, event: RunEvent) -> bool {
        if !self.owns(job) {
            return false;
        }
        if let RunState::Running(run) = &mut self.state {
            match event {
                RunEvent::PhaseStarted(phase) => run.phase = Some(phase),
                RunEvent::PhaseFinished { .. } => {}
                RunEvent::BuildProgress { unit, done, total } => {
                    run.progress = Some((unit, done, total));
                }
                RunEvent::Output { stream, line } => {
                    if run.live.len() >= LIVE_LINES {
                        run.live.drain(..LIVE_LINES / 4);
                    }
                    run.live.push((stream, line));
                }
            }
        }
        true
    }

    /// Ends `job` with its result. `None` when the result is stale (another
    /// job took the slot, or it was cleared); otherwise whether a run was
    /// asked for meanwhile, which the caller starts.
    pub fn finish(&mut self, job: u64, result: Result<Verdict, ServiceError>) -> Option<bool> {
        if !self.owns(job) {
            return None;
        }
        self.job = None;
        self.state = match result {
            Ok(verdict) => RunState::Finished(verdict),
            Err(e) => RunState::Failed(e),
        };
        Some(std::mem::take(&mut self.again))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runner::Outcome;

    fn verdict() -> Verdict {
        Verdict::new(Outcome::Passed)
    }

    #[test]
    fn a_stale_result_is_dropped_and_a_run_asked_meanwhile_is_reported() {
        let mut slot = JobSlot::default();
        assert!(
            slot.idle() && !slot.again_after(),
            "nothing runs: start now"
        );
        let first = slot.start(1, 0);
        assert_eq!(
            slot.cancel(),
            Some(Effect::Cancel {
                job: 1,
                token: first.clone()
            })
        );
        let second = slot.start(2, 5);
        assert_ne!(first, second, "each job has its own token");
        assert!(!slot.event(1, RunEvent::PhaseStarted(Phase::Run)));
        assert_eq!(slot.finish(1, Ok(verdict())), None, "job 1 is stale");
        assert!(slot.running());
        assert!(slot.again_after(), "a save while job 2 runs");
        assert_eq!(slot.finish(2, Ok(verdict())), Some(true));
        assert!(!slot.running() && slot.verdict().is_some());
        assert_eq!(slot.cancel(), None);
    }
}
