//! What the learner has done, per exercise. One versioned JSON file per pack
//! in the workspace, written atomically under a lock, so two gorust processes
//! (the tutorial and `gorust check` in another terminal) lose no update.

use crate::fsutil::{FileLock, file_stamp, unused_path, write_whole};
use crate::pack::{Exercise, Lesson};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use thiserror::Error;

pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    New,
    Attempted,
    Passed,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Attempted => "attempted",
            Status::Passed => "passed",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExerciseProgress {
    pub status: Status,
    pub attempts: u32,
    /// RFC 3339 time of the first pass.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_pass: Option<String>,
    pub hints_shown: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackInfo {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// The progress file's content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    #[serde(default)]
    pub pack: PackInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learner: Option<String>,
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseProgress>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: FORMAT_VERSION,
            pack: PackInfo::default(),
            learner: None,
            exercises: BTreeMap::new(),
        }
    }
}

/// The next exercise not passed in the order of `lessons` (a pack's or a
/// track's, quizzes counted): the first after the exercise `after`, else the
/// first one left before it; `None` when every one is passed. `gorust next`
/// and the terminal UI's next-unfinished key both ask here, so they agree.
pub fn next_unfinished<'a>(
    lessons: &[&'a Lesson],
    after: Option<&str>,
    passed: impl Fn(&str) -> bool,
) -> Option<(&'a Lesson, &'a Exercise)> {
    let all: Vec<(&'a Lesson, &'a Exercise)> = lessons
        .iter()
        .flat_map(|&lesson| lesson.exercises.iter().map(move |e| (lesson, e)))
        .collect();
    let start = after
        .and_then(|id| all.iter().position(|(_, e)| e.id == id))
        .map_or(0, |i| i + 1);
    all[start..]
        .iter()
        .chain(&all[..start])
        .copied()
        .find(|(_, e)| !passed(&e.id))
}

impl Progress {
    pub fn exercise(&self, id: &str) -> ExerciseProgress {
        self.exercises.get(id).cloned().unwrap_or_default()
    }

    pub fn status(&self, id: &str) -> Status {
        self.exercises.get(id).map(|e| e.status).unwrap_or_default()
    }

    /// Records one graded attempt.
    pub fn record_attempt(&mut self, id: &str, passed: bool) {
        let entry = self.exercises.entry(id.to_owned()).or_default();
        entry.attempts += 1;
        if passed {
            if entry.first_pass.is_none() {
                entry.first_pass = Some(crate::fsutil::rfc3339_now());
            }
            entry.status = Status::Passed;
        } else if entry.status == Status::New {
            entry.status = Status::Attempted;
        }
    }
}

#[derive(Debug, Error)]
pub enum ProgressError {
    #[error("cannot read the progress file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot save the progress file {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} was written by a newer gorust (format {found}, this one reads {FORMAT_VERSION}); update gorust"
    )]
    TooNew { path: PathBuf, found: u32 },
}

/// The progress file of one pack in one workspace.
#[derive(Clone, Debug)]
pub struct ProgressStore {
    path: PathBuf,
    lock: PathBuf,
}

/// What loading found besides the progress itself.
#[derive(Clone, Debug, Default)]
pub struct LoadNote {
    /// Where a damaged file was moved, so nothing is silently dropped.
    pub damaged_moved_to: Option<PathBuf>,
}

impl ProgressStore {
    pub fn new(dir: &Path) -> ProgressStore {
        ProgressStore {
            path: dir.join("progress.json"),
            lock: dir.join(".progress.lock"),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the progress; a missing file is empty progress.
    pub fn load(&self) -> Result<(Progress, LoadNote), ProgressError> {
        let _lock = self.locked()?;
        self.read_unlocked()
    }

    /// Read-modify-write under the lock, so concurrent updates all land.
    pub fn update<T>(
        &self,
        change: impl FnOnce(&mut Progress) -> T,
    ) -> Result<(T, LoadNote), ProgressError> {
        let _lock = self.locked()?;
        let (mut progress, note) = self.read_unlocked()?;
        let out = change(&mut progress);
        let json = serde_json::to_vec_pretty(&progress).map_err(|e| ProgressError::Write {
            path: self.path.clone(),
            source: std::io::Error::other(e),
        })?;
        // Written on every check: one flush (the contents), not two.
        write_whole(&self.path, &json).map_err(|source| ProgressError::Write {
            path: self.path.clone(),
            source,
        })?;
        Ok((out, note))
    }

    fn locked(&self) -> Result<FileLock, ProgressError> {
        FileLock::acquire(&self.lock).map_err(|source| ProgressError::Write {
            path: self.lock.clone(),
            source,
        })
    }

    fn read_unlocked(&self) -> Result<(Progress, LoadNote), ProgressError> {
        let bytes = match std::fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok((Progress::default(), LoadNote::default()));
            }
            Err(source) => {
                return Err(ProgressError::Read {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        #[derive(Deserialize)]
        struct VersionOnly {
            version: u32,
        }
        if let Ok(v) = serde_json::from_slice::<VersionOnly>(&bytes)
            && v.version > FORMAT_VERSION
        {
            return Err(ProgressError::TooNew {
                path: self.path.clone(),
                found: v.version,
            });
        }
        match serde_json::from_slice::<Progress>(&bytes) {
            Ok(progress) => Ok((progress, LoadNote::default())),
            Err(_) => {
                // Keep the damaged file for a human to look at; start afresh.
                let aside = unused_path(PathBuf::from(format!(
                    "{}.damaged-{}",
                    self.path.display(),
                    file_stamp()
                )));
                std::fs::rename(&self.path, &aside).map_err(|source| ProgressError::Write {
                    path: aside.clone(),
                    source,
                })?;
                Ok((
                    Progress::default(),
                    LoadNote {
                        damaged_moved_to: Some(aside),
                    },
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attempts_and_first_pass_are_recorded() {
        let mut p = Progress::default();
        p.record_attempt("a", false);
        assert_eq!(p.status("a"), Status::Attempted);
        p.record_attempt("a", true);
        let first = p.exercise("a").first_pass.clone();
        assert!(first.is_some());
        p.record_attempt("a", false);
        let e = p.exercise("a");
        assert_eq!((e.status, e.attempts), (Status::Passed, 3));
        assert_eq!(e.first_pass, first, "a later failure keeps the first pass");
    }

    #[test]
    fn damaged_file_is_moved_aside_not_dropped() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store = ProgressStore::new(dir.path());
        std::fs::write(store.path(), b"{ not json")?;
        let (progress, note) = store.load()?;
        assert_eq!(progress, Progress::default());
        let aside = note.damaged_moved_to.ok_or("not moved")?;
        assert_eq!(std::fs::read(&aside)?, b"{ not json");
        assert!(!store.path().exists());
        Ok(())
    }

    #[test]
    fn newer_format_is_refused_untouched() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store = ProgressStore::new(dir.path());
        std::fs::write(store.path(), br#"{"version": 99}"#)?;
        assert!(matches!(
            store.load(),
            Err(ProgressError::TooNew { found: 99, .. })
        ));
        assert!(store.path().exists());
        Ok(())
    }

    #[test]
    fn concurrent_updates_lose_nothing() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let store = ProgressStore::new(dir.path());
                std::thread::spawn(move || {
                    for _ in 0..10 {
                        store
                            .update(|p| p.record_attempt("x", false))
                            .map(|_| ())
                            .map_err(|e| e.to_string())?;
                    }
                    Ok::<(), String>(())
                })
            })
            .collect();
        for t in threads {
            t.join().map_err(|_| "thread panicked")??;
        }
        let (p, _) = ProgressStore::new(dir.path()).load()?;
        assert_eq!(p.exercise("x").attempts, 80);
        Ok(())
    }
}
