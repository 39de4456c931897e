//! The learner's workspace: editable copies of the exercises, backups, and the
//! generated `go.mod` and `Cargo.toml` that make gopls and rust-analyzer work
//! when the folder is opened in an editor.
//!
//! Layout, one folder per pack so that packs never mix:
//! ```text
//! <root>/settings.json          learner name and UI preferences
//! <root>/.cache/                build caches shared by all packs
//! <root>/<pack>/go.mod          module `exercises`
//! <root>/<pack>/Cargo.toml      every Rust exercise copy as a [[bin]]
//! <root>/<pack>/progress.json
//! <root>/<pack>/<exercise-id>/  the learner's files, and beside them the
//!                               pack's test and data files (read-only)
//! <root>/<pack>/.backups/       copies saved before any reset
//! <root>/<pack>/.starters/      the starters (and pack files) as they were copied
//! <root>/<pack>/playground/<lesson-id>/<page>-<lang>/<file>
//!                               the learner's edited copy of a page's program
//!                               (page counted from 1, as on screen; lang `go`
//!                               or `rust`), made on the first edit, with the
//!                               page's data files beside it (read-only)
//! <root>/<pack>/.backups/playground/<lesson-id>/<page>-<lang>/<time>/<file>
//!                               an edited page program, saved before a reset
//! ```

use crate::Lang;
use crate::fsutil::{file_stamp, unused_path, write_atomic, write_replace};
use crate::pack::{
    Check, CodeExercise, Exercise, ExerciseKind, Lesson, Pack, PackSource, Page, Snippet,
};
use crate::progress::ProgressStore;
use crate::runner::{DataFile, Source};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use thiserror::Error;

pub const ENV_WORKSPACE: &str = "GORUST_WORKSPACE";

#[derive(Debug, Error)]
pub enum WorkspaceError {
    #[error("no workspace folder could be chosen: set --workspace DIR or {ENV_WORKSPACE}")]
    NoHome,
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    #[error("`{0}` is a quiz: it has no files to edit")]
    Quiz(String),
    /// A learner's copy that exists but cannot be read as text.
    #[error(
        "cannot read your file {}: {why}; or reset the exercise (`x` in the tutorial, `gorust reset {exercise}`): the starter comes back, and your file is backed up first",
        path.display()
    )]
    Unreadable {
        path: PathBuf,
        exercise: String,
        why: &'static str,
    },
}

/// A learner's copy that could not be read: what is wrong with it and the
/// way out, where gorust can tell (not UTF-8, a folder), else the I/O error.
fn unreadable(path: &Path, exercise: &str) -> impl FnOnce(io::Error) -> WorkspaceError {
    let path = path.to_path_buf();
    let exercise = exercise.to_owned();
    move |source| {
        let why = match source.kind() {
            io::ErrorKind::InvalidData => "it is not UTF-8 text (save it as UTF-8)",
            io::ErrorKind::IsADirectory => "it is a folder, not a file (move it away)",
            _ => {
                return WorkspaceError::Io {
                    action: "cannot read your file",
                    path,
                    source,
                };
            }
        };
        WorkspaceError::Unreadable {
            path,
            exercise,
            why,
        }
    }
}

fn io_err(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> WorkspaceError {
    let path = path.to_path_buf();
    move |source| WorkspaceError::Io {
        action,
        path,
        source,
    }
}

/// Chooses the workspace root: `--workspace`, then `GORUST_WORKSPACE`, then
/// the platform's data directory.
pub fn resolve_root(explicit: Option<&Path>) -> Result<PathBuf, WorkspaceError> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(ENV_WORKSPACE).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "gorust")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(WorkspaceError::NoHome)
}

pub const ENV_CACHE: &str = "GORUST_CACHE_DIR";

/// Where build caches live for a workspace root.
pub fn cache_dir(root: &Path) -> PathBuf {
    match std::env::var_os(ENV_CACHE).filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => root.join(".cache"),
    }
}

/// A folder name for a pack: `builtin`, or the pack directory's name with a
/// short hash of its full path (two packs both called `course` stay apart).
pub fn pack_slug(source: &PackSource) -> String {
    match source {
        PackSource::Builtin => "builtin".to_owned(),
        PackSource::Dir(dir) => {
            let full = fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
            let name: String = full
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "pack".to_owned())
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect();
            // FNV-1a: stable across Rust releases, unlike DefaultHasher.
            let hash = full
                .to_string_lossy()
                .bytes()
                .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
                });
            format!("{name}-{:08x}", hash as u32)
        }
    }
}

#[derive(Debug)]
pub struct Workspace {
    root: PathBuf,
    dir: PathBuf,
    /// Held while one exercise's copies are looked at and made, so that the
    /// terminal UI's start-up pass and an exercise opened meanwhile never
    /// both decide a copy is missing (or untouched) and write it.
    copying: std::sync::Mutex<()>,
}

impl Workspace {
    /// Opens (creating if needed) the workspace folder of `pack` under `root`.
    pub fn open(root: &Path, pack: &Pack) -> Result<Workspace, WorkspaceError> {
        let dir = root.join(pack_slug(&pack.source));
        fs::create_dir_all(&dir).map_err(io_err("cannot create the workspace", &dir))?;
        let ws = Workspace {
            root: root.to_path_buf(),
            dir,
            copying: std::sync::Mutex::new(()),
        };
        // One module for the whole workspace (so gopls and `go test ./x/`
        // work): it says the highest version a lesson needs, which builds
        // every lesson's programs.
        let go = pack.lessons.iter().map(|l| l.go).fold(pack.go, Ord::max);
        ws.write_if_changed(&ws.dir.join("go.mod"), &crate::runner::go_mod(go))?;
        // A workspace made by an older gorust gets today's layout.
        ws.write_cargo_manifest(pack)?;
        Ok(ws)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Build caches: `GORUST_CACHE_DIR` when set (to share them between
    /// workspaces), else `.cache` in the workspace root.
    pub fn cache_dir(&self) -> PathBuf {
        cache_dir(&self.root)
    }

    pub fn progress(&self) -> ProgressStore {
        ProgressStore::new(&self.dir)
    }

    pub fn exercise_dir(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// The learner's copies of an exercise (main file first), without creating them.
    pub fn paths(&self, exercise: &Exercise) -> Result<Vec<PathBuf>, WorkspaceError> {
        let code = code_of(exercise)?;
        let dir = self.exercise_dir(&exercise.id);
        Ok(code.files.iter().map(|f| dir.join(&f.starter)).collect())
    }

    /// The learner's copies, made from the starters where missing. An
    /// untouched copy follows a changed starter; an edited one is never touched.
    pub fn ensure_copies(
        &self,
        pack: &Pack,
        lesson: &Lesson,
        exercise: &Exercise,
    ) -> Result<Vec<PathBuf>, WorkspaceError> {
        let (paths, created) = self.make_copies(lesson, exercise)?;
        if created {
            self.write_cargo_manifest(pack)?;
        }
        Ok(paths)
    }

    /// Every code exercise's copies (as [`Workspace::ensure_copies`]), with
    /// the Cargo.toml written once at the end rather than once per new copy.
    /// One exercise's trouble (a copy that cannot be read) does not stop the
    /// others; the first is returned.
    pub fn ensure_all_copies(&self, pack: &Pack) -> Result<(), WorkspaceError> {
        let mut created = false;
        let mut outcome = Ok(());
        for (lesson, exercise) in pack.exercises() {
            if !matches!(exercise.kind, ExerciseKind::Code(_)) {
                continue;
            }
            match self.make_copies(lesson, exercise) {
                Ok((_, new)) => created |= new,
                Err(e) if outcome.is_ok() => outcome = Err(e),
                Err(_) => {}
            }
        }
        if created {
            self.write_cargo_manifest(pack)?;
        }
        outcome
    }

    /// The copies of one exercise, and whether any was new.
    fn make_copies(
        &self,
        lesson: &Lesson,
        exercise: &Exercise,
    ) -> Result<(Vec<PathBuf>, bool), WorkspaceError> {
        let code = code_of(exercise)?;
        // Nothing the lock guards can be left half done by a panic.
        let _copying = self
            .copying
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut created = false;
        let mut paths = Vec::new();
        for (file, starter) in starters(lesson, code) {
            let copy = self.exercise_dir(&exercise.id).join(&file);
            let pristine = self.starters_dir(&exercise.id).join(&file);
            let starter = starter.as_str();
            match fs::read_to_string(&copy) {
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    install_starter(&copy, &pristine, starter, Durable::No)?;
                    created = true;
                }
                Err(source) => return Err(unreadable(&copy, &exercise.id)(source)),
                // Up to date: the pristine copy need not be read (this runs
                // for every exercise at every start-up).
                Ok(current) if current == starter => {}
                Ok(current) => {
                    let untouched = fs::read_to_string(&pristine).is_ok_and(|p| p == current);
                    if untouched {
                        install_starter(&copy, &pristine, starter, Durable::No)?;
                    }
                }
            }
            paths.push(copy);
        }
        self.refresh_pack_files(lesson, exercise, code)?;
        Ok((paths, created))
    }

    /// Puts the pack's test and data files beside the learner's copy,
    /// read-only, so that a failing test's path exists, `go test ./<id>/`
    /// runs them, `go run .` or `cargo run` finds the data, and an editor
    /// shows them. A copy that is not what gorust last wrote (the learner
    /// made it writable and changed it) is backed up first.
    fn refresh_pack_files(
        &self,
        lesson: &Lesson,
        exercise: &Exercise,
        code: &CodeExercise,
    ) -> Result<(), WorkspaceError> {
        let dir = self.exercise_dir(&exercise.id);
        let pristine_dir = self.starters_dir(&exercise.id);
        let tests = test_sources(lesson, code)
            .into_iter()
            .map(|t| (t.path, t.contents.into_bytes()));
        let data = data_files(lesson, &code.inputs.data)
            .into_iter()
            .map(|d| (d.path, d.contents));
        for (path, wanted) in tests.chain(data) {
            if code.files.iter().any(|f| Path::new(&f.starter) == path) {
                // The learner's file wins; validate reports the clash.
                continue;
            }
            let copy = dir.join(&path);
            let pristine = pristine_dir.join(&path);
            let wanted = wanted.as_slice();
            let current = match fs::read(&copy) {
                Ok(current) => Some(current),
                Err(e) if e.kind() == io::ErrorKind::NotFound => None,
                Err(source) => {
                    return Err(WorkspaceError::Io {
                        action: "cannot read",
                        path: copy,
                        source,
                    });
                }
            };
            if current.as_deref() == Some(wanted) {
                continue;
            }
            if let Some(current) = current
                && !fs::read(&pristine).is_ok_and(|p| p == current)
            {
                let backup = unused_path(
                    self.dir
                        .join(".backups")
                        .join(&exercise.id)
                        .join(file_stamp())
                        .join(&path),
                );
                write_atomic(&backup, &current).map_err(io_err("cannot back up", &copy))?;
            }
            write_read_only(&copy, wanted)?;
            write_atomic(&pristine, wanted).map_err(io_err("cannot record", &pristine))?;
        }
        Ok(())
    }

    /// Reads the learner's files as (exercise-relative path, text).
    pub fn read_files(
        &self,
        exercise: &Exercise,
    ) -> Result<Vec<(PathBuf, String)>, WorkspaceError> {
        let code = code_of(exercise)?;
        let dir = self.exercise_dir(&exercise.id);
        code.files
            .iter()
            .map(|f| {
                let path = dir.join(&f.starter);
                fs::read_to_string(&path)
                    .map(|text| (PathBuf::from(&f.starter), text))
                    .map_err(unreadable(&path, &exercise.id))
            })
            .collect()
    }

    /// Moves the learner's current copies to a timestamped backup, then
    /// restores the starters. Returns the backups made.
    pub fn reset(
        &self,
        pack: &Pack,
        lesson: &Lesson,
        exercise: &Exercise,
    ) -> Result<Vec<PathBuf>, WorkspaceError> {
        let code = code_of(exercise)?;
        let backup_dir = unused_path(
            self.dir
                .join(".backups")
                .join(&exercise.id)
                .join(file_stamp()),
        );
        let mut backups = Vec::new();
        for (file, starter) in starters(lesson, code) {
            let copy = self.exercise_dir(&exercise.id).join(&file);
            if copy.exists() {
                let backup = backup_dir.join(&file);
                if let Some(parent) = backup.parent() {
                    fs::create_dir_all(parent)
                        .map_err(io_err("cannot create the backup folder", parent))?;
                }
                if copy.is_dir() {
                    // A folder where the file should be is moved aside whole.
                    fs::rename(&copy, &backup).map_err(io_err("cannot move aside", &copy))?;
                } else {
                    // Copy first, then replace: the learner's text exists in
                    // at least one place at every moment.
                    fs::copy(&copy, &backup).map_err(io_err("cannot back up", &copy))?;
                }
                backups.push(backup);
            }
            let pristine = self.starters_dir(&exercise.id).join(&file);
            install_starter(&copy, &pristine, &starter, Durable::Yes)?;
        }
        self.refresh_pack_files(lesson, exercise, code)?;
        self.write_cargo_manifest(pack)?;
        Ok(backups)
    }

    /// The folder of one page program's playground copy (`page` 0-based,
    /// named from 1 as the screen counts pages).
    fn playground_dir(&self, lesson: &Lesson, page: usize, snippet: &Snippet) -> PathBuf {
        self.dir.join("playground").join(&lesson.id).join(format!(
            "{}-{}",
            page + 1,
            snippet.lang.key()
        ))
    }

    /// Where the learner's copy of a page program is (made or not).
    pub fn playground_path(&self, lesson: &Lesson, page: usize, snippet: &Snippet) -> PathBuf {
        self.playground_dir(lesson, page, snippet)
            .join(snippet_file_name(snippet))
    }

    /// The learner's copy of a page program, made from the pack's program on
    /// first use, with the page's data files beside it as an exercise has
    /// them. An existing copy is left as it is: it is the learner's.
    pub fn ensure_playground(
        &self,
        lesson: &Lesson,
        page_index: usize,
        page: &Page,
        snippet: &Snippet,
    ) -> Result<PathBuf, WorkspaceError> {
        let path = self.playground_path(lesson, page_index, snippet);
        if !path.exists() {
            let original = lesson.file(&snippet.file).unwrap_or_default();
            write_atomic(&path, original.as_bytes())
                .map_err(io_err("cannot write your copy of the program", &path))?;
        }
        let dir = self.playground_dir(lesson, page_index, snippet);
        for data in data_files(lesson, &page.inputs.data) {
            let copy = dir.join(&data.path);
            if fs::read(&copy).is_ok_and(|c| c == data.contents) {
                continue;
            }
            write_read_only(&copy, &data.contents)?;
        }
        Ok(path)
    }

    /// The text of the learner's copy of a page program; `None` when there is
    /// no copy (the page shows and runs the pack's program).
    pub fn playground_text(
        &self,
        lesson: &Lesson,
        page: usize,
        snippet: &Snippet,
    ) -> Result<Option<String>, WorkspaceError> {
        let path = self.playground_path(lesson, page, snippet);
        match fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(WorkspaceError::Io {
                action: "cannot read your copy of the program",
                path,
                source,
            }),
        }
    }

    /// Puts the page's own program back: the learner's copy is saved under
    /// `.backups/playground/` when it differs from the pack's, then removed.
    /// Returns the backup made.
    pub fn reset_playground(
        &self,
        lesson: &Lesson,
        page: usize,
        snippet: &Snippet,
    ) -> Result<Option<PathBuf>, WorkspaceError> {
        let Some(current) = self.playground_text(lesson, page, snippet)? else {
            return Ok(None);
        };
        let path = self.playground_path(lesson, page, snippet);
        let original = lesson.file(&snippet.file).unwrap_or_default();
        let backup = if current == original {
            None
        } else {
            let backup = unused_path(
                self.dir
                    .join(".backups")
                    .join("playground")
                    .join(&lesson.id)
                    .join(format!("{}-{}", page + 1, snippet.lang.key()))
                    .join(file_stamp()),
            )
            .join(snippet_file_name(snippet));
            // Saved durably before the copy goes: the edit always exists
            // in one place or the other.
            write_atomic(&backup, current.as_bytes()).map_err(io_err("cannot back up", &path))?;
            Some(backup)
        };
        fs::remove_file(&path).map_err(io_err("cannot remove", &path))?;
        Ok(backup)
    }

    fn starters_dir(&self, id: &str) -> PathBuf {
        self.dir.join(".starters").join(id)
    }

    /// A Cargo.toml that lists every Rust exercise copy as a target, so that
    /// rust-analyzer understands the folder and `cargo check --all-targets`
    /// agrees with gorust's check: a binary, or a test target (no `main`
    /// needed) for a test-graded exercise; and each copy of a page's Rust
    /// program the learner made (`page-<lesson>-<page>`). gorust builds
    /// elsewhere.
    pub fn write_cargo_manifest(&self, pack: &Pack) -> Result<(), WorkspaceError> {
        let mut bins = String::new();
        let mut crates = std::collections::BTreeSet::new();
        for (_, exercise) in pack.exercises() {
            let ExerciseKind::Code(code) = &exercise.kind else {
                continue;
            };
            if code.lang != Lang::Rust {
                continue;
            }
            let Some(main) = code.files.first() else {
                continue;
            };
            let rel = format!("{}/{}", exercise.id, main.starter);
            if !self.dir.join(&rel).exists() {
                continue;
            }
            crates.extend(code.inputs.crates.iter().map(String::as_str));
            // A test-graded exercise is a test target: it needs no `main`
            // (as in gorust's own check), and `cargo test --test <id>` runs
            // the learner's own tests.
            let target = match code.check {
                Check::Test(_) => "[[test]]",
                _ => "[[bin]]\ntest = false",
            };
            bins.push_str(&format!(
                "\n{target}\nname = \"{}\"\npath = \"{rel}\"\n",
                exercise.id
            ));
        }
        // The learner's copies of page programs, once made, so that editing
        // one in the workspace gets rust-analyzer too.
        for lesson in &pack.lessons {
            for (index, page) in lesson.pages.iter().enumerate() {
                let Some(snippet) = page.snippet(Lang::Rust) else {
                    continue;
                };
                let copy = self.playground_path(lesson, index, snippet);
                let Ok(rel) = copy.strip_prefix(&self.dir) else {
                    continue;
                };
                let name = format!("page-{}-{}", lesson.id, index + 1);
                if !copy.exists() || pack.exercise(&name).is_some() {
                    continue;
                }
                crates.extend(page.inputs.crates.iter().map(String::as_str));
                bins.push_str(&format!(
                    "\n[[bin]]\ntest = false\nname = \"{name}\"\npath = \"{}\"\n",
                    rel.display()
                ));
            }
        }
        if bins.is_empty() {
            return Ok(());
        }
        let deps = dependency_lines(&crates);
        let manifest = format!(
            "# Generated by gorust so that rust-analyzer sees every Rust exercise.\n\
             # gorust rewrites this file; your code lives in the folders it names.\n\
             [package]\nname = \"gorust-exercises\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\nautobins = false\n\n\
             [dependencies]\n{deps}{bins}"
        );
        self.write_if_changed(&self.dir.join("Cargo.toml"), &manifest)
    }

    fn write_if_changed(&self, path: &Path, contents: &str) -> Result<(), WorkspaceError> {
        if fs::read_to_string(path).is_ok_and(|c| c == contents) {
            return Ok(());
        }
        write_atomic(path, contents.as_bytes()).map_err(io_err("cannot write", path))
    }
}

/// Writes a starter as the learner's copy, and records it as it was given,
/// so that an untouched copy can later follow a changed starter.
/// A new or untouched copy holds nothing of the learner's, so it is written
/// with [`write_replace`]; a reset replaces the learner's text and is
/// written durably (`Durable::Yes`).
fn install_starter(
    copy: &Path,
    pristine: &Path,
    starter: &str,
    durable: Durable,
) -> Result<(), WorkspaceError> {
    let write = match durable {
        Durable::Yes => write_atomic,
        Durable::No => write_replace,
    };
    write(copy, starter.as_bytes()).map_err(io_err("cannot write the exercise file", copy))?;
    write(pristine, starter.as_bytes()).map_err(io_err("cannot record the starter", pristine))
}

#[derive(Clone, Copy)]
enum Durable {
    Yes,
    No,
}

/// Writes a file of the pack's (a test or data file) and makes it
/// read-only: it is the pack's, and gorust's check never reads the copy.
fn write_read_only(path: &Path, contents: &[u8]) -> Result<(), WorkspaceError> {
    write_replace(path, contents).map_err(io_err("cannot write", path))?;
    let mut permissions = fs::metadata(path)
        .map_err(io_err("cannot read", path))?
        .permissions();
    permissions.set_readonly(true);
    fs::set_permissions(path, permissions).map_err(io_err("cannot make read-only", path))
}

/// The starters as the learner gets them, as (exercise-relative path,
/// text), main file first. A test-graded Rust exercise's main file ends by
/// declaring the test files beside it as modules (what gorust's check does
/// when the file does not), so that rust-analyzer and `cargo test` in the
/// workspace see the tests.
pub fn starters(lesson: &Lesson, code: &CodeExercise) -> Vec<(String, String)> {
    installed(lesson, code, false)
}

/// The reference solutions as they would stand in the learner's files (the
/// test modules declared as in the starters), under the learner's file
/// names: what the learner's passing copy is compared with.
pub fn solutions(lesson: &Lesson, code: &CodeExercise) -> Vec<(String, String)> {
    installed(lesson, code, true)
}

fn installed(lesson: &Lesson, code: &CodeExercise, solution: bool) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = code
        .files
        .iter()
        .map(|f| {
            let file = if solution { &f.solution } else { &f.starter };
            let text = lesson.file(file).unwrap_or_default().to_owned();
            (f.starter.clone(), text)
        })
        .collect();
    if code.lang == Lang::Rust {
        let tests: Vec<String> = test_sources(lesson, code)
            .iter()
            .map(|t| t.path.to_string_lossy().into_owned())
            .collect();
        let texts: Vec<&str> = files.iter().map(|(_, text)| text.as_str()).collect();
        let declarations = crate::runner::test_module_declarations(&texts, &tests);
        if let Some((_, main)) = files.first_mut() {
            main.push_str(&declarations);
        }
    }
    files
}

/// The pack's test files of an exercise, by file name: they sit beside the
/// main file, in the stage gorust builds in as in the learner's folder.
pub fn test_sources(lesson: &Lesson, code: &CodeExercise) -> Vec<Source> {
    let Check::Test(files) = &code.check else {
        return Vec::new();
    };
    files
        .iter()
        .map(|file| {
            let name = Path::new(file)
                .file_name()
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from(file));
            Source::new(name, lesson.file(file).unwrap_or_default())
        })
        .collect()
}

/// A page program's file name: the pack may keep it in a sub-folder, the
/// program is built (and copied) under its name alone.
pub fn snippet_file_name(snippet: &Snippet) -> PathBuf {
    Path::new(&snippet.file)
        .file_name()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(&snippet.file))
}

/// The lesson's data files named by a page or an exercise, at their
/// lesson-relative paths (the layout of the program's sources).
pub fn data_files(lesson: &Lesson, paths: &[String]) -> Vec<DataFile> {
    paths
        .iter()
        .map(|path| DataFile {
            path: PathBuf::from(path),
            contents: lesson.data.get(path).cloned().unwrap_or_default(),
        })
        .collect()
}

fn code_of(exercise: &Exercise) -> Result<&CodeExercise, WorkspaceError> {
    match &exercise.kind {
        ExerciseKind::Code(code) => Ok(code),
        ExerciseKind::Quiz(_) => Err(WorkspaceError::Quiz(exercise.id.clone())),
    }
}

/// The workspace manifest's dependencies: the crates the pack's exercises
/// use, pinned as gorust builds them, so the editor resolves the same
/// versions (tokio, anyhow, thiserror...).
fn dependency_lines(crates: &std::collections::BTreeSet<&str>) -> String {
    crates
        .iter()
        .filter_map(|krate| crate::runner::pinned_dependency(krate))
        .map(|line| format!("{line}\n"))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::dependency_lines;

    #[test]
    fn the_workspace_pins_every_crate_the_exercises_use_as_gorust_does() {
        let crates = ["thiserror", "tokio", "anyhow", "not-allowed"]
            .into_iter()
            .collect();
        let lines = dependency_lines(&crates);
        let names: Vec<&str> = lines
            .lines()
            .map(|l| l.split_once('=').unwrap().0.trim())
            .collect();
        assert_eq!(names, ["anyhow", "thiserror", "tokio"]);
        for line in lines.lines() {
            assert!(line.contains("\"="), "pinned to the exact version: {line}");
        }
        assert!(
            lines.contains("rt-multi-thread"),
            "tokio keeps its features"
        );
    }
}
