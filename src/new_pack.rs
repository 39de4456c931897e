//! The template behind `gorust new-pack` (the command itself is `cli/new_pack.rs`):
//! the fastest way for an instructor to start a pack. The template lives in
//! `assets/new-pack/`, embedded in the binary; it is a complete pack that
//! `gorust validate` passes as it is, and every file of it explains the
//! format by example.

use std::io::Write;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(rust_embed::Embed)]
#[folder = "assets/new-pack/"]
struct Template;

#[derive(Debug, Error)]
pub enum NewPackError {
    #[error(
        "{} is not empty: new-pack never overwrites anything; name a new directory (it is created) or an empty one",
        .0.display()
    )]
    NotEmpty(PathBuf),
    #[error("{} exists and is not a directory; name a new directory", .0.display())]
    NotADirectory(PathBuf),
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The template's files as (pack-relative path, content), in a stable order.
pub fn template_files() -> Vec<(String, Vec<u8>)> {
    let mut names: Vec<String> = Template::iter().map(|n| n.into_owned()).collect();
    names.sort_by_key(|n| (n.contains('/'), n.clone()));
    names
        .into_iter()
        .filter_map(|name| Template::get(&name).map(|f| (name, f.data.into_owned())))
        .collect()
}

/// Writes the template pack into `dir`, which must not exist or be empty.
/// Returns the files written, in the order they were written.
pub fn write_pack(dir: &Path) -> Result<Vec<PathBuf>, NewPackError> {
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => return Err(NewPackError::NotADirectory(dir.to_owned())),
        Ok(_) => {
            let mut entries = std::fs::read_dir(dir).map_err(|source| NewPackError::Read {
                path: dir.to_owned(),
                source,
            })?;
            if entries.next().is_some() {
                return Err(NewPackError::NotEmpty(dir.to_owned()));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => {
            return Err(NewPackError::Read {
                path: dir.to_owned(),
                source,
            });
        }
    }
    let mut written = Vec::new();
    for (name, data) in template_files() {
        let path = dir.join(&name);
        let write_err = |source| NewPackError::Write {
            path: path.clone(),
            source,
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(write_err)?;
        }
        // `create_new`: even a file that appeared since the emptiness check
        // is never overwritten.
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(write_err)?;
        file.write_all(&data).map_err(write_err)?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_a_pack_without_static_problems() {
        let dir = tempfile::tempdir().unwrap();
        let pack = dir.path().join("p");
        write_pack(&pack).unwrap();
        let loaded = crate::pack::load_dir(&pack);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(loaded.pack.lessons.len(), 1);
        let kinds: Vec<&str> = loaded.pack.exercises().map(|(_, e)| e.kind_key()).collect();
        assert_eq!(kinds, ["go", "rust", "quiz"]);
        assert_eq!(loaded.pack.tracks.len(), 1);
    }

    #[test]
    fn every_template_file_explains_itself() {
        for (name, data) in template_files() {
            let text = String::from_utf8(data).unwrap();
            let comment = match name.rsplit('.').next() {
                Some("yaml") => "# ",
                Some("go" | "rs") => "// ",
                _ => "",
            };
            assert!(text.contains(comment), "{name} has no comment");
        }
    }

    #[test]
    fn a_non_empty_directory_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        assert!(matches!(
            write_pack(dir.path()),
            Err(NewPackError::NotEmpty(_))
        ));
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "nothing was written"
        );
        let file = dir.path().join("notes.txt");
        assert!(matches!(
            write_pack(&file),
            Err(NewPackError::NotADirectory(_))
        ));
    }
}
