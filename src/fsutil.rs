//! Small file-system helpers shared by progress, settings, the workspace and
//! the UI's built-in editor.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::Duration;

/// Writes a file so that a reader (or a file watcher) sees either the old or
/// the new content, never half of it: temp file in the same folder, fsync,
/// rename. A file that is replaced keeps its permissions.
pub fn write_atomic(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(contents)?;
    if let Ok(meta) = fs::metadata(path) {
        let _ = fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// An exclusive lock on a file, released when dropped (the kernel releases
/// it with the file, even if gorust crashes). Two gorust processes, or two
/// threads of one, that lock the same path take turns.
pub struct FileLock {
    file: File,
}

impl FileLock {
    /// Waits for the lock as long as it takes.
    pub fn acquire(path: &Path) -> io::Result<FileLock> {
        let file = open_lock_file(path)?;
        file.lock()?;
        Ok(FileLock { file })
    }

    /// Waits for the lock, asking `give_up` between tries; `Ok(None)` once
    /// it says yes.
    pub fn acquire_unless(path: &Path, give_up: impl Fn() -> bool) -> io::Result<Option<FileLock>> {
        let file = open_lock_file(path)?;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Some(FileLock { file })),
                Err(TryLockError::WouldBlock) if give_up() => return Ok(None),
                Err(TryLockError::WouldBlock) => thread::sleep(Duration::from_millis(50)),
                Err(TryLockError::Error(e)) => return Err(e),
            }
        }
    }
}

fn open_lock_file(path: &Path) -> io::Result<File> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// A timestamp usable in a file name: `20261129T210455Z`.
pub fn file_stamp() -> String {
    jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// The first free path among `base`, `base.1`, `base.2`, ...
pub fn unused_path(base: PathBuf) -> PathBuf {
    if !base.exists() {
        return base;
    }
    (1..)
        .map(|n| PathBuf::from(format!("{}.{n}", base.display())))
        .find(|p| !p.exists())
        .unwrap_or(base)
}
