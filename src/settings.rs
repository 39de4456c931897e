//! What gorust remembers for the learner across sessions: their name, the
//! language they come from, the theme, and where they were in each pack.

use crate::Lang;
use crate::fsutil::{FileLock, write_atomic};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub learner: Option<String>,
    pub from: Option<Lang>,
    pub theme: Option<String>,
    pub welcomed: bool,
    /// Last lesson and exercise per pack folder.
    pub positions: BTreeMap<String, Position>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Position {
    pub lesson: Option<String>,
    pub exercise: Option<String>,
}

pub fn path(root: &Path) -> PathBuf {
    root.join("settings.json")
}

/// Reads the settings; a missing or unreadable file gives the defaults, since
/// nothing in it is worth stopping the tutorial for.
pub fn load(root: &Path) -> Settings {
    std::fs::read(path(root))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// The settings file could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot save your preferences to {}: {source}", path.display())]
pub struct SettingsError {
    pub path: PathBuf,
    pub source: std::io::Error,
}

pub fn save(root: &Path, settings: &Settings) -> Result<(), SettingsError> {
    update(root, |s| *s = settings.clone())
}

/// Read-modify-write under a lock, written atomically, as progress does:
/// two gorust processes (the UI and `gorust progress --name`) both land.
pub fn update(root: &Path, change: impl FnOnce(&mut Settings)) -> Result<(), SettingsError> {
    let file = path(root);
    let failed = |source| SettingsError {
        path: file.clone(),
        source,
    };
    let _lock = FileLock::acquire(&root.join(".settings.lock")).map_err(failed)?;
    let mut settings = load(root);
    change(&mut settings);
    let json =
        serde_json::to_vec_pretty(&settings).map_err(|e| failed(std::io::Error::other(e)))?;
    write_atomic(&file, &json).map_err(failed)
}
