//! Errors of the command line, and their JSON form: a command given `--json`
//! reports a failure as `{"error": {"kind", "message"}}` on stdout, so a
//! grader reads one stream and branches on a stable kind.

use crate::engine::EngineError;
use crate::progress::ProgressError;
use crate::workspace::WorkspaceError;
use serde::Serialize;
use thiserror::Error;

/// What the command line itself refuses, before the engine is asked.
#[derive(Debug, Error)]
pub enum CliError {
    #[error("there is no track `{name}` in this pack; its tracks are: {tracks}")]
    UnknownTrack { name: String, tracks: String },
    #[error("choice {choice} does not exist: `{quiz}` has choices 1 to {count}")]
    NoSuchChoice {
        quiz: String,
        choice: usize,
        count: usize,
    },
    #[error("the pack could not be read: {0}")]
    PackInvalid(String),
}

/// The stable, documented kind of an error (README, JSON section).
pub fn kind(error: &anyhow::Error) -> &'static str {
    for cause in error.chain() {
        if let Some(e) = cause.downcast_ref::<CliError>() {
            return match e {
                CliError::UnknownTrack { .. } => "unknown-track",
                CliError::NoSuchChoice { .. } => "no-such-choice",
                CliError::PackInvalid(_) => "pack-invalid",
            };
        }
        if let Some(e) = cause.downcast_ref::<EngineError>() {
            return engine_kind(e);
        }
        if let Some(e) = cause.downcast_ref::<WorkspaceError>() {
            return workspace_kind(e);
        }
        if let Some(e) = cause.downcast_ref::<ProgressError>() {
            return progress_kind(e);
        }
        if cause.is::<std::io::Error>() {
            return "io";
        }
    }
    "other"
}

fn engine_kind(e: &EngineError) -> &'static str {
    match e {
        EngineError::UnknownExercise { .. } => "unknown-exercise",
        EngineError::UnknownLesson(_) => "unknown-lesson",
        EngineError::NoSnippet { .. } => "no-snippet",
        EngineError::IsAQuiz(_) => "is-a-quiz",
        EngineError::NotAQuiz(_) => "not-a-quiz",
        EngineError::NoSuchChoice { .. } => "no-such-choice",
        EngineError::NotPassedYet(_) => "not-passed-yet",
        EngineError::Workspace(e) => workspace_kind(e),
        EngineError::Progress(e) => progress_kind(e),
    }
}

fn workspace_kind(e: &WorkspaceError) -> &'static str {
    match e {
        WorkspaceError::NoHome => "no-workspace",
        WorkspaceError::Io { .. } | WorkspaceError::Unreadable { .. } => "io",
        WorkspaceError::Quiz(_) => "is-a-quiz",
    }
}

fn progress_kind(e: &ProgressError) -> &'static str {
    match e {
        ProgressError::Read { .. } | ProgressError::Write { .. } => "io",
        ProgressError::TooNew { .. } => "progress-too-new",
    }
}

#[derive(Serialize)]
struct ErrorJson<'a> {
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: &'a str,
    message: &'a str,
}

/// The error and its causes as one sentence, `a: b: c`. Most of gorust's
/// errors already end with their cause ("cannot read X: Is a directory"),
/// so a cause the text so far already ends with is not said twice.
pub fn message(error: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in error.chain() {
        let said = cause.to_string();
        if text.is_empty() {
            text = said;
        } else if !text.ends_with(&said) {
            text.push_str(": ");
            text.push_str(&said);
        }
    }
    text
}

/// `{"error": {"kind", "message"}}`, one line.
pub fn json(kind: &str, message: &str) -> String {
    let body = ErrorJson {
        error: ErrorBody { kind, message },
    };
    // Two string fields cannot fail to serialise; the fallback keeps the
    // promise of JSON on stdout all the same.
    serde_json::to_string(&body)
        .unwrap_or_else(|_| format!("{{\"error\":{{\"kind\":\"{kind}\",\"message\":\"error\"}}}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cause_already_said_is_not_said_twice() {
        let e = anyhow::Error::new(WorkspaceError::Io {
            action: "cannot read",
            path: "/w/x.go".into(),
            source: std::io::Error::other("Is a directory"),
        });
        assert_eq!(message(&e), "cannot read /w/x.go: Is a directory");
        let e = anyhow::Error::new(std::io::Error::other("disk full")).context("saving");
        assert_eq!(message(&e), "saving: disk full");
    }

    #[test]
    fn kinds_are_found_through_context() {
        let e = anyhow::Error::new(EngineError::IsAQuiz("q".into())).context("checking q");
        assert_eq!(kind(&e), "is-a-quiz");
        let e = anyhow::Error::new(EngineError::Workspace(WorkspaceError::NoHome));
        assert_eq!(kind(&e), "no-workspace");
        let e = anyhow::Error::new(std::io::Error::other("disk"));
        assert_eq!(kind(&e), "io");
        assert_eq!(kind(&anyhow::anyhow!("something")), "other");
    }

    #[test]
    fn the_json_is_one_object_with_kind_and_message() {
        let v: serde_json::Value =
            serde_json::from_str(&json("unknown-exercise", "no \"x\" here")).unwrap_or_default();
        assert_eq!(v["error"]["kind"], "unknown-exercise");
        assert_eq!(v["error"]["message"], "no \"x\" here");
    }
}
