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
    replace(path, contents, Durable::Rename)
}

/// Like [`write_atomic`], with the new contents on disk before they replace
/// the old, but the rename left to the file system's next commit (a
/// second flush saved): after a crash the file is whole, old or new, never
/// empty. For records written on every check (progress), where a crash
/// may lose the last one but must never damage the others.
pub fn write_whole(path: &Path, contents: &[u8]) -> io::Result<()> {
    replace(path, contents, Durable::Contents)
}

/// Like [`write_atomic`] (a reader sees the old or the new content, never
/// half), but not made durable: for files gorust can write again from the
/// pack (a learner's first copy of a starter, the pack's test and data
/// files), where an fsync per file made a new workspace's first start take
/// half a second. A learner's own edits always go through `write_atomic`.
pub fn write_replace(path: &Path, contents: &[u8]) -> io::Result<()> {
    replace(path, contents, Durable::No)
}

/// How much of a replacement is on disk when the write returns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Durable {
    No,
    Contents,
    Rename,
}

fn replace(path: &Path, contents: &[u8], durable: Durable) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(contents)?;
    if let Ok(meta) = fs::metadata(path) {
        let _ = fs::set_permissions(tmp.path(), meta.permissions());
    }
    if durable != Durable::No {
        tmp.as_file().sync_all()?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    if durable == Durable::Rename
        && let Ok(d) = File::open(dir)
    {
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
    let t = UtcTime::now();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year, t.month, t.day, t.hour, t.minute, t.second
    )
}

/// The current time as RFC 3339 in UTC, to the second: `2026-11-29T21:04:11Z`.
pub fn rfc3339_now() -> String {
    UtcTime::now().rfc3339()
}

/// A UTC calendar time. gorust writes two timestamp formats and reads none,
/// which does not pay for a date library's build time.
#[derive(Debug, PartialEq, Eq)]
struct UtcTime {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
}

impl UtcTime {
    fn now() -> UtcTime {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        UtcTime::from_unix(i64::try_from(secs).unwrap_or(i64::MAX))
    }

    /// Howard Hinnant's `civil_from_days`, for the proleptic Gregorian
    /// calendar (every date since 1970 included).
    fn from_unix(secs: i64) -> UtcTime {
        let days = secs.div_euclid(86_400);
        let rest = secs.rem_euclid(86_400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        // Every value below is in range by construction (day 1..=31, ...).
        let small = |v: i64| u32::try_from(v).unwrap_or(0);
        UtcTime {
            year,
            month: small(month),
            day: small(day),
            hour: small(rest / 3600),
            minute: small(rest % 3600 / 60),
            second: small(rest % 60),
        }
    }

    fn rfc3339(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
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

#[cfg(test)]
mod time_tests {
    use super::UtcTime;

    #[test]
    fn unix_seconds_become_calendar_dates() {
        // Expected values from `date -u -d @N +%FT%TZ`.
        for (secs, text) in [
            (0, "1970-01-01T00:00:00Z"),
            (951_782_400, "2000-02-29T00:00:00Z"),
            (1_709_164_799, "2024-02-28T23:59:59Z"),
            (1_764_450_251, "2025-11-29T21:04:11Z"),
            (4_102_444_799, "2099-12-31T23:59:59Z"),
        ] {
            assert_eq!(UtcTime::from_unix(secs).rfc3339(), text, "{secs}");
        }
    }
}
