//! The stage: the persistent directory a program is built in, its lock, and
//! writing sources into it.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use super::{CancelToken, Halt, Program, allowed_crates};
use crate::Lang;
use crate::fsutil::FileLock;

/// The lock on a stage (or on the shared cargo package): two gorust
/// processes, or two threads of one, never build in the same place at once.
pub(crate) struct DirLock {
    _lock: FileLock,
}

impl DirLock {
    /// Waits for the lock, giving up when cancelled.
    pub fn acquire(lock_path: &Path, cancel: &CancelToken) -> Result<DirLock, Halt> {
        match FileLock::acquire_unless(lock_path, || cancel.is_cancelled()) {
            Ok(Some(lock)) => Ok(DirLock { _lock: lock }),
            Ok(None) => Err(Halt::Cancelled),
            Err(e) => Err(io_halt("lock", lock_path, &e)),
        }
    }
}

/// Our own trouble with the file system, as a sentence that says what to do.
pub(crate) fn io_halt(action: &str, path: &Path, error: &io::Error) -> Halt {
    Halt::Error(format!(
        "gorust could not {action} {}: {error}. Check that the directory is writable and the disk is not full.",
        path.display()
    ))
}

/// Refuses programs that no build could make sense of, before touching disk.
pub(crate) fn check_program(program: &Program) -> Result<(), Halt> {
    let name_ok = !program.name.is_empty()
        && program
            .name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !name_ok {
        return Err(Halt::Error(format!(
            "program name {:?} is not usable: use lowercase letters, digits and '-' only",
            program.name
        )));
    }
    if program.sources.is_empty() {
        return Err(Halt::Error(format!(
            "program {} has no source file",
            program.name
        )));
    }
    for path in program.sources.iter().chain(&program.test).map(|s| &s.path) {
        if !is_plain_relative(path) {
            return Err(Halt::Error(format!(
                "source path {} must be relative and stay inside the program's directory",
                path.display()
            )));
        }
    }
    if program.race && program.lang != Lang::Go {
        return Err(Halt::Error(
            "the race detector (`race`) is for Go programs only".to_string(),
        ));
    }
    if !program.crates.is_empty() && program.lang != Lang::Rust {
        return Err(Halt::Error(
            "`crates` are for Rust programs only".to_string(),
        ));
    }
    if let Some(unknown) = program
        .crates
        .iter()
        .find(|c| !allowed_crates().contains(&c.as_str()))
    {
        return Err(Halt::Error(format!(
            "crate {unknown} is not one gorust provides; available: {}",
            allowed_crates().join(", ")
        )));
    }
    Ok(())
}

fn is_plain_relative(path: &Path) -> bool {
    path.components().count() > 0 && path.components().all(|c| matches!(c, Component::Normal(_)))
}

/// Makes `dir` hold exactly `files` (relative path, contents): stale files
/// from an earlier run are removed, unchanged files are left untouched so
/// that their timestamps do not trigger rebuilds.
pub(crate) fn sync_dir(dir: &Path, files: &[(PathBuf, String)]) -> Result<(), Halt> {
    fs::create_dir_all(dir).map_err(|e| io_halt("create", dir, &e))?;
    let wanted: HashSet<PathBuf> = files.iter().map(|(path, _)| dir.join(path)).collect();
    remove_unwanted(dir, &wanted).map_err(|e| io_halt("clean", dir, &e))?;
    for (relative, contents) in files {
        write_if_different(&dir.join(relative), contents)?;
    }
    Ok(())
}

fn remove_unwanted(dir: &Path, wanted: &HashSet<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            remove_unwanted(&path, wanted)?;
            if fs::read_dir(&path)?.next().is_none() {
                fs::remove_dir(&path)?;
            }
        } else if !wanted.contains(&path) {
            fs::remove_file(&path)?;
        }
    }
    Ok(())
}

pub(crate) fn write_if_different(path: &Path, contents: &str) -> Result<(), Halt> {
    if fs::read(path).is_ok_and(|old| old == contents.as_bytes()) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| io_halt("create", parent, &e))?;
    }
    fs::write(path, contents).map_err(|e| io_halt("write", path, &e))
}

/// The Rust line that makes the test file the `tests` module of the main file.
pub(crate) fn rust_test_module(test_path: &Path) -> String {
    format!(
        "\n#[cfg(test)]\n#[path = {:?}]\nmod tests;\n",
        test_path.to_string_lossy()
    )
}

/// Rewrites the stage path prefix in tool output to where the learner's
/// files are (or drops it, leaving paths relative to the program).
pub(crate) fn display_paths(text: &str, stage_prefix: &Path, display_dir: Option<&Path>) -> String {
    let prefix = format!("{}/", stage_prefix.display());
    let replacement = match display_dir {
        Some(dir) => format!("{}/", dir.display()),
        None => String::new(),
    };
    text.replace(&prefix, &replacement)
}

pub(crate) fn stage_dir(cache_dir: &Path, name: &str) -> PathBuf {
    cache_dir.join("stage").join(name)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use std::thread;
    use std::time::Duration;

    #[test]
    fn sync_dir_removes_stale_files_and_keeps_unchanged_ones() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("pkg");
        let files = vec![
            (PathBuf::from("main.go"), "package main".to_string()),
            (PathBuf::from("geo/geo.go"), "package geo".to_string()),
        ];
        assert!(sync_dir(&dir, &files).is_ok());
        let before = fs::metadata(dir.join("main.go"))
            .and_then(|m| m.modified())
            .expect("mtime");
        thread::sleep(Duration::from_millis(20));
        assert!(sync_dir(&dir, &files[..1]).is_ok());
        let after = fs::metadata(dir.join("main.go"))
            .and_then(|m| m.modified())
            .expect("mtime");
        assert_eq!(before, after);
        assert!(!dir.join("geo").exists());
    }

    #[test]
    fn paths_must_stay_inside() {
        assert!(is_plain_relative(Path::new("geo/geo.go")));
        assert!(!is_plain_relative(Path::new("../x.go")));
        assert!(!is_plain_relative(Path::new("/etc/passwd")));
        assert!(!is_plain_relative(Path::new("")));
    }

    #[test]
    fn display_paths_rewrites_the_stage_prefix() {
        let text = "/cache/stage/x/src/main.rs:3:5: oops";
        assert_eq!(
            display_paths(
                text,
                Path::new("/cache/stage/x/src"),
                Some(Path::new("/home/me/ex"))
            ),
            "/home/me/ex/main.rs:3:5: oops"
        );
        assert_eq!(
            display_paths(text, Path::new("/cache/stage/x/src"), None),
            "main.rs:3:5: oops"
        );
    }
}
