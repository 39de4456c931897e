//! Incremental validate: what each program did, kept under a hash of
//! everything it depends on (its files, data, tests, the check, stdin,
//! crates, build options, the Go version, the toolchains and gorust's own
//! build). An unchanged program is not built again; a changed file re-runs
//! exactly the programs that read it.

use super::messages::summary;
use crate::engine::Engine;
use crate::pack::{Check, CodeExercise, Exercise, Lesson, Page, Snippet};
use crate::runner::{Outcome, Verdict};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What validate needs to know about one program's run.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct Run {
    pub passed: bool,
    pub inconclusive: bool,
    /// [`summary`] of the verdict.
    pub summary: String,
    pub stdout: String,
}

impl Run {
    fn of(verdict: &Verdict) -> Run {
        Run {
            passed: verdict.passed(),
            inconclusive: verdict.outcome.is_inconclusive(),
            summary: summary(verdict),
            stdout: verdict.stdout.clone(),
        }
    }
}

/// Results that say something about the program, not about the machine at
/// that moment (a missing tool, a cancelled run, a busy machine's timeout).
fn worth_keeping(outcome: &Outcome) -> bool {
    !outcome.is_inconclusive() && !matches!(outcome, Outcome::TimedOut { .. })
}

pub(super) struct Cache {
    dir: PathBuf,
    /// `false` with `--no-cache`: everything runs, and the results are
    /// stored for the next time.
    read: bool,
    /// What every program depends on: gorust's build and the toolchains.
    env: Vec<u8>,
    run: AtomicUsize,
    cached: AtomicUsize,
}

impl Cache {
    pub fn new(engine: &Engine, read: bool) -> Cache {
        let mut env = Vec::new();
        env.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
        env.push(0);
        env.extend_from_slice(build_identity().as_bytes());
        env.push(0);
        env.extend_from_slice(
            serde_json::to_string(engine.toolchains())
                .unwrap_or_default()
                .as_bytes(),
        );
        Cache {
            dir: engine.runner().cache_dir().join("validate"),
            read,
            env,
            run: AtomicUsize::new(0),
            cached: AtomicUsize::new(0),
        }
    }

    /// Programs built and run, and results taken from the cache.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.run.load(Ordering::SeqCst),
            self.cached.load(Ordering::SeqCst),
        )
    }

    /// The run of the program `key` describes: from the cache, or by
    /// calling `run` (and keeping its result when it is worth keeping).
    pub fn run(
        &self,
        key: Key,
        run: impl FnOnce() -> Result<Verdict, String>,
    ) -> Result<Run, String> {
        let mut key = key;
        key.add(&self.env);
        let path = self.dir.join(format!("{}.json", key.hex()));
        if self.read
            && let Ok(bytes) = std::fs::read(&path)
            && let Ok(found) = serde_json::from_slice::<Run>(&bytes)
        {
            self.cached.fetch_add(1, Ordering::SeqCst);
            return Ok(found);
        }
        let verdict = run()?;
        self.run.fetch_add(1, Ordering::SeqCst);
        let result = Run::of(&verdict);
        if worth_keeping(&verdict.outcome)
            && let Ok(json) = serde_json::to_vec(&result)
        {
            // A cache that cannot be written only costs time next run.
            let _ = crate::fsutil::write_atomic(&path, &json);
        }
        Ok(result)
    }
}

/// gorust's own build: a rebuilt binary may judge differently, so its
/// results are not reused (the version alone does not change between
/// development builds).
fn build_identity() -> String {
    let Ok(exe) = std::env::current_exe() else {
        return String::new();
    };
    match std::fs::metadata(&exe) {
        Ok(meta) => format!(
            "{} {:?}",
            meta.len(),
            meta.modified().ok().map(|t| t
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos())
        ),
        Err(_) => String::new(),
    }
}

/// A hash of the parts that decide a program's result, each
/// length-prefixed so that no two different lists of parts collide.
pub(super) struct Key(Sha256);

impl Key {
    fn new(kind: &str) -> Key {
        let mut key = Key(Sha256::new());
        key.add(kind);
        key
    }

    fn add(&mut self, part: impl AsRef<[u8]>) -> &mut Key {
        let part = part.as_ref();
        self.0.update((part.len() as u64).to_le_bytes());
        self.0.update(part);
        self
    }

    fn hex(self) -> String {
        self.0
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    fn data(&mut self, lesson: &Lesson, names: &[String]) -> &mut Key {
        self.add(names.len().to_string());
        for name in names {
            self.add(name);
            self.add(lesson.data.get(name).map_or(&[][..], Vec::as_slice));
        }
        self
    }

    fn lesson_file(&mut self, lesson: &Lesson, name: &str) -> &mut Key {
        self.add(name).add(lesson.file(name).unwrap_or_default())
    }
}

/// A code exercise judged on `files` (a solution, a starter, a must_fail).
pub(super) fn code_key(
    lesson: &Lesson,
    exercise: &Exercise,
    code: &CodeExercise,
    files: &[(PathBuf, String)],
) -> Key {
    let mut key = Key::new("code");
    key.add(&exercise.id)
        .add(code.lang.key())
        .add(lesson.go.to_string());
    key.add(files.len().to_string());
    for (path, text) in files {
        key.add(path.to_string_lossy().as_bytes()).add(text);
    }
    match &code.check {
        Check::Stdout(text) => {
            key.add("stdout").add(text);
        }
        Check::SameAs(file) => {
            key.add("same_as").lesson_file(lesson, file);
        }
        Check::Test(tests) => {
            key.add("test").add(tests.len().to_string());
            for file in tests {
                key.lesson_file(lesson, file);
            }
        }
    }
    key.add(code.inputs.stdin.as_deref().unwrap_or_default())
        .add(format!(
            "race={} lint={} optimize={} timeout={}",
            code.race, code.lint, code.optimize, code.timeout_secs
        ))
        .add(code.inputs.crates.join(","));
    key.add(code.rules.len().to_string());
    for rule in &code.rules {
        key.add(rule.kind.key())
            .add(&rule.pattern)
            .add(&rule.message);
    }
    key.data(lesson, &code.inputs.data);
    key
}

/// A page's program, judged by its `expect`.
pub(super) fn snippet_key(
    lesson: &Lesson,
    page_index: usize,
    page: &Page,
    snippet: &Snippet,
) -> Key {
    let mut key = Key::new("snippet");
    key.add(&lesson.id)
        .add(page_index.to_string())
        .add(snippet.lang.key())
        .add(lesson.go.to_string())
        .lesson_file(lesson, &snippet.file)
        .add(snippet.expect.describe())
        .add(page.inputs.crates.join(","))
        .add(page.inputs.stdin.as_deref().unwrap_or_default())
        .data(lesson, &page.inputs.data);
    key
}

/// A quiz's program, judged by its `expect`.
pub(super) fn quiz_key(
    lesson: &Lesson,
    exercise: &Exercise,
    snippet: &Snippet,
    data: &[String],
) -> Key {
    let mut key = Key::new("quiz");
    key.add(&exercise.id)
        .add(snippet.lang.key())
        .add(lesson.go.to_string())
        .lesson_file(lesson, &snippet.file)
        .add(snippet.expect.describe())
        .data(lesson, data);
    key
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn hex(parts: &[&str]) -> String {
        let mut key = Key::new("t");
        for p in parts {
            key.add(p);
        }
        key.hex()
    }

    #[test]
    fn parts_never_run_together() {
        assert_ne!(hex(&["ab", "c"]), hex(&["a", "bc"]));
        assert_eq!(hex(&["ab", "c"]), hex(&["ab", "c"]));
        assert_eq!(hex(&[]).len(), 64);
    }

    #[test]
    fn only_telling_results_are_kept() {
        assert!(worth_keeping(&Outcome::Passed));
        assert!(!worth_keeping(&Outcome::Cancelled));
        assert!(!worth_keeping(&Outcome::TimedOut {
            after: std::time::Duration::from_secs(1),
            running_test: None,
            last_output: String::new(),
        }));
    }
}
