//! Watching the learner's files: a save from any editor, in any window,
//! becomes one `FileChanged` after a short debounce.

use notify::RecursiveMode;
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Editors save in bursts (write, rename, chmod); one check per burst.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// Why a file cannot be watched.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("{0}")]
    Start(notify::Error),
    #[error("{}: {source}", dir.display())]
    Dir { dir: PathBuf, source: notify::Error },
}

pub struct Watch {
    _debouncer: Debouncer<notify::RecommendedWatcher>,
}

fn content_hash(path: &Path) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    let bytes = std::fs::read(path).ok()?;
    let mut h = std::hash::DefaultHasher::new();
    bytes.hash(&mut h);
    Some(h.finish())
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Watches the directories of `paths` (editors often replace the file, so
/// watching the file itself would lose it) and calls `changed` with the
/// original path of each file that changed.
pub fn start(
    paths: &[PathBuf],
    changed: impl Fn(PathBuf) + Send + 'static,
) -> Result<Watch, WatchError> {
    // (canonical dir, file name) -> the path as the app knows it
    let mut wanted: HashMap<(PathBuf, std::ffi::OsString), PathBuf> = HashMap::new();
    let mut dirs: Vec<PathBuf> = Vec::new();
    for path in paths {
        let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
            continue;
        };
        let dir = canonical(dir);
        wanted.insert((dir.clone(), name.to_owned()), path.clone());
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    // inotify also reports opens and reads (the check itself reads the
    // file), and the mini debouncer does not say which kind an event was:
    // only a change of contents counts.
    let mut contents: HashMap<PathBuf, Option<u64>> =
        paths.iter().map(|p| (p.clone(), content_hash(p))).collect();
    let mut debouncer = new_debouncer(DEBOUNCE, move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        let mut seen = Vec::new();
        for event in events {
            let (Some(dir), Some(name)) = (event.path.parent(), event.path.file_name()) else {
                continue;
            };
            if let Some(original) = wanted.get(&(canonical(dir), name.to_owned()))
                && !seen.contains(original)
            {
                seen.push(original.clone());
                let now = content_hash(original);
                let before = contents.insert(original.clone(), now);
                if now.is_some() && before != Some(now) {
                    changed(original.clone());
                }
            }
        }
    })
    .map_err(WatchError::Start)?;
    for dir in &dirs {
        debouncer
            .watcher()
            .watch(dir, RecursiveMode::NonRecursive)
            .map_err(|source| WatchError::Dir {
                dir: dir.clone(),
                source,
            })?;
    }
    Ok(Watch {
        _debouncer: debouncer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    fn write(path: &Path, text: &str) {
        crate::fsutil::write_atomic(path, text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn reports_a_save_once() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let file = dir.path().join("main.go");
        std::fs::write(&file, "package main\n").unwrap_or_else(|e| panic!("{e}"));
        let other = dir.path().join("notes.txt");
        let (tx, rx) = mpsc::channel();
        let _watch = start(std::slice::from_ref(&file), move |p| {
            let _ = tx.send(p);
        })
        .unwrap_or_else(|e| panic!("watch: {e}"));
        std::thread::sleep(Duration::from_millis(100));
        std::fs::write(&other, "x").unwrap_or_else(|e| panic!("{e}"));
        // Written whole (as editors save): a truncate-then-write seen half
        // way by a slow, loaded machine would be two changes of contents.
        write(&file, "package main\n\nfunc main() {}\n");
        let got = rx
            .recv_timeout(Duration::from_secs(5))
            .unwrap_or_else(|e| panic!("no event: {e}"));
        assert_eq!(got, file);
        assert!(
            rx.recv_timeout(Duration::from_millis(400)).is_err(),
            "one event per burst"
        );
        // Reading the file, or writing the same contents, is no change.
        let _ = std::fs::read_to_string(&file);
        write(&file, "package main\n\nfunc main() {}\n");
        assert!(
            rx.recv_timeout(Duration::from_millis(500)).is_err(),
            "reads are not changes"
        );
    }
}
