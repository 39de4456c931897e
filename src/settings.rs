//! What gorust remembers for the learner across sessions: their name, the
//! language they come from, the theme, and where they were in each pack.

use crate::Lang;
use crate::fsutil::{FileLock, write_atomic};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub learner: Option<String>,
    pub from: Option<Lang>,
    /// An unknown theme in the file is ignored, not an error.
    #[serde(deserialize_with = "lenient_theme")]
    pub theme: Option<Theme>,
    pub welcomed: bool,
    /// Last lesson and exercise per pack folder.
    pub positions: BTreeMap<String, Position>,
}

impl Settings {
    /// Where the learner was in the pack stored under `pack_key`.
    pub fn position(&self, pack_key: &str) -> Position {
        self.positions.get(pack_key).cloned().unwrap_or_default()
    }
}

fn lenient_theme<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Theme>, D::Error> {
    let text = Option::<String>::deserialize(d)?;
    Ok(text.and_then(|t| t.parse().ok()))
}

/// The colour theme; spelt `dark` and `light` in the settings file and on
/// the command line.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Dark,
    Light,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Dark => "dark",
            Theme::Light => "light",
        }
    }

    pub fn toggled(self) -> Theme {
        match self {
            Theme::Dark => Theme::Light,
            Theme::Light => Theme::Dark,
        }
    }

    /// Guesses from `COLORFGBG` ("15;0" is light text on black), which many
    /// terminals set; dark when unknown.
    pub fn guess_from_env(colorfgbg: Option<&str>) -> Theme {
        let background = colorfgbg
            .and_then(|v| v.rsplit(';').next())
            .and_then(|bg| bg.parse::<u8>().ok());
        match background {
            Some(7) | Some(15) => Theme::Light,
            _ => Theme::Dark,
        }
    }
}

impl fmt::Display for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Theme {
    type Err = String;
    fn from_str(s: &str) -> Result<Theme, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "dark" => Ok(Theme::Dark),
            "light" => Ok(Theme::Light),
            other => Err(format!("unknown theme `{other}` (use dark or light)")),
        }
    }
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_theme_is_ignored_and_updates_keep_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            path(dir.path()),
            r#"{"learner":"Ada","theme":"solarized","from":"rust"}"#,
        )
        .unwrap();
        let loaded = load(dir.path());
        assert_eq!(loaded.theme, None);
        assert_eq!(loaded.from, Some(Lang::Rust));
        update(dir.path(), |s| s.theme = Some(Theme::Light)).unwrap();
        let again = load(dir.path());
        assert_eq!(again.learner.as_deref(), Some("Ada"));
        assert_eq!(again.theme, Some(Theme::Light));
        let text = std::fs::read_to_string(path(dir.path())).unwrap();
        assert!(text.contains(r#""theme": "light""#), "{text}");
    }
}
