//! Loading a pack from disk or from the binary, checking everything that can
//! be checked without a toolchain. Loading never fails as a whole: every
//! problem is collected with its location, and whatever is sound stays usable.

use super::lesson::load_lesson;
use super::model::*;
use super::problem::Problem;
use super::raw;
use super::yaml::{At, Node, Reader};
use crate::GoVersion;
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// A loaded pack and everything found wrong with it.
#[derive(Debug)]
pub struct Loaded {
    pub pack: Pack,
    pub problems: Vec<Problem>,
}

#[derive(rust_embed::Embed)]
#[folder = "lessons/"]
struct BuiltinFiles;

/// Reads a pack's files, wherever they live.
pub(super) trait Files {
    /// `Ok(None)` when the file does not exist.
    fn read_bytes(&self, rel: &str) -> Result<Option<Vec<u8>>, String>;
    /// The file as UTF-8 text; `Ok(None)` when it does not exist.
    fn read(&self, rel: &str) -> Result<Option<String>, String> {
        match self.read_bytes(rel)? {
            Some(bytes) => String::from_utf8(bytes)
                .map(Some)
                .map_err(|_| "is not valid UTF-8 text".to_owned()),
            None => Ok(None),
        }
    }
    /// The path to show an author for a pack-relative path.
    fn display(&self, rel: &str) -> String;
    fn is_dir(&self, rel: &str) -> bool;
    fn source(&self) -> PackSource;
}

struct DirFiles(PathBuf);

impl Files for DirFiles {
    fn read_bytes(&self, rel: &str) -> Result<Option<Vec<u8>>, String> {
        let path = self.0.join(rel);
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => {
                Err("is a directory, not a file".to_owned())
            }
            Err(e) => Err(format!("cannot be read: {e}")),
        }
    }

    fn display(&self, rel: &str) -> String {
        self.0.join(rel).display().to_string()
    }

    fn is_dir(&self, rel: &str) -> bool {
        self.0.join(rel).is_dir()
    }

    fn source(&self) -> PackSource {
        PackSource::Dir(self.0.clone())
    }
}

struct Builtin;

impl Files for Builtin {
    fn read_bytes(&self, rel: &str) -> Result<Option<Vec<u8>>, String> {
        Ok(BuiltinFiles::get(rel).map(|file| file.data.into_owned()))
    }

    fn display(&self, rel: &str) -> String {
        format!("lessons/{rel}")
    }

    fn is_dir(&self, rel: &str) -> bool {
        let prefix = format!("{rel}/");
        BuiltinFiles::iter().any(|f| f.starts_with(&prefix))
    }

    fn source(&self) -> PackSource {
        PackSource::Builtin
    }
}

/// Loads the pack built into gorust.
pub fn load_builtin() -> Loaded {
    load_from(&Builtin)
}

/// Loads a pack directory.
pub fn load_dir(dir: &Path) -> Loaded {
    load_from(&DirFiles(dir.to_path_buf()))
}

/// Loads the pack at `dir`, or the built-in one.
pub fn load(dir: Option<&Path>) -> Loaded {
    match dir {
        Some(dir) => load_dir(dir),
        None => load_builtin(),
    }
}

fn load_from(files: &dyn Files) -> Loaded {
    let file = files.display("pack.yaml");
    let mut pack = Pack {
        title: String::new(),
        version: None,
        description: String::new(),
        source: files.source(),
        lessons: Vec::new(),
        tracks: Vec::new(),
        go: GoVersion::MIN,
    };
    let root = match read_yaml(
        files,
        "pack.yaml",
        "no pack.yaml here: a pack is a directory with a pack.yaml that lists its lessons (see docs/lesson-format.md, or start one with `gorust new-pack DIR`)",
    ) {
        Ok(root) => root,
        Err(problem) => {
            return Loaded {
                pack,
                problems: vec![problem],
            };
        }
    };
    let mut reader = Reader::new(&file);
    let raw = raw::read_pack(&mut reader, &root);
    let mut problems = std::mem::take(&mut reader.problems);
    let Some(raw) = raw else {
        return Loaded { pack, problems };
    };

    pack.title = raw.title.value.trim().to_owned();
    pack.version = raw.version;
    pack.description = raw.description.trim().to_owned();
    if pack.title.is_empty() {
        problems.push(at(&file, &raw.title, "title", "the pack needs a title"));
    }
    if raw.lessons.is_empty() {
        problems.push(Problem::new(&file, "`lessons` lists no lesson").field("lessons"));
    }
    if let Some(go) = &raw.go {
        match go_version(go) {
            Ok(v) => pack.go = v,
            Err(why) => problems.push(at(&file, go, "go", why)),
        }
    }
    let mut listing = Listing {
        files,
        file: &file,
        problems,
        dirs: HashSet::new(),
        names: HashMap::new(),
        builtin: None,
    };
    listing.lessons(&raw.lessons, &mut pack);
    listing.tracks(&raw.tracks, &mut pack);
    Loaded {
        pack,
        problems: listing.problems,
    }
}

/// Reads a pack file into a located YAML tree; `missing` is the problem
/// when it does not exist.
pub(super) fn read_yaml(files: &dyn Files, rel: &str, missing: &str) -> Result<Node, Problem> {
    let shown = files.display(rel);
    match files.read(rel) {
        Ok(Some(text)) => parse_yaml(&text, &shown),
        Ok(None) => Err(Problem::new(shown, missing)),
        Err(why) => Err(Problem::new(shown, why)),
    }
}

/// The pack's `lessons` and `tracks`, resolved against each other.
struct Listing<'a> {
    files: &'a dyn Files,
    /// pack.yaml, as shown.
    file: &'a str,
    problems: Vec<Problem>,
    /// Every name listed under `lessons`, loaded or not.
    dirs: HashSet<String>,
    /// Track entries may name a lesson by directory or by id.
    names: HashMap<String, String>,
    /// The built-in pack, once a `builtin:` entry needs it.
    builtin: Option<Loaded>,
}

impl Listing<'_> {
    fn problem(&mut self, entry: &At<String>, field: impl Into<String>, message: String) {
        let p = at(self.file, entry, field, message);
        self.problems.push(p);
    }

    fn lessons(&mut self, entries: &[At<String>], pack: &mut Pack) {
        let mut seen_ids: HashMap<String, String> = HashMap::new();
        let mut exercise_ids: HashMap<String, String> = HashMap::new();
        // Where each lesson's `requires` entries are written, by lesson.
        let mut requires_at: Vec<Vec<Origin>> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let field = format!("lessons[{i}]");
            let name = entry.value.trim();
            if !self.dirs.insert(name.to_owned()) {
                self.problem(entry, &field, format!("lesson `{name}` is listed twice"));
                continue;
            }
            let Some((lesson, origins)) = self.lesson(entry, &field, pack.go) else {
                continue;
            };
            if let Some(other) = seen_ids.insert(lesson.id.clone(), lesson.dir.clone()) {
                self.problem(
                    entry,
                    &field,
                    format!(
                        "lesson id `{}` is used by both `{other}` and `{}`; ids must be unique",
                        lesson.id, lesson.dir
                    ),
                );
                continue;
            }
            if self.duplicate_exercises(&lesson, &mut exercise_ids) {
                continue;
            }
            self.names.insert(name.to_owned(), lesson.id.clone());
            self.names.insert(lesson.id.clone(), lesson.id.clone());
            self.names.insert(lesson.dir.clone(), lesson.id.clone());
            let origins = if origins.len() == lesson.requires.len() {
                origins
            } else {
                // A built-in lesson's requires are answered at its pack.yaml entry.
                let origin = Origin {
                    file: self.file.to_owned(),
                    line: line_of(entry),
                    field: field.clone(),
                };
                vec![origin; lesson.requires.len()]
            };
            requires_at.push(origins);
            pack.lessons.push(lesson);
        }
        check_requires(pack, &requires_at, &mut self.problems);
    }

    /// One `lessons` entry: a lesson directory or a `builtin:` lesson.
    fn lesson(
        &mut self,
        entry: &At<String>,
        field: &str,
        pack_go: GoVersion,
    ) -> Option<(Lesson, Vec<Origin>)> {
        let name = entry.value.trim();
        if let Some(wanted) = name.strip_prefix("builtin:") {
            let builtin = self.builtin.get_or_insert_with(load_builtin);
            let found = builtin
                .pack
                .lessons
                .iter()
                .find(|l| l.id == wanted || l.dir == wanted);
            if let Some(lesson) = found {
                let mut lesson = lesson.clone();
                // A built-in lesson never builds below the including pack.
                lesson.go = lesson.go.max(pack_go);
                return Some((lesson, Vec::new()));
            }
            let known: Vec<&str> = builtin.pack.lessons.iter().map(|l| l.id.as_str()).collect();
            let message = format!(
                "there is no built-in lesson `{wanted}`; the built-in lessons are: {}",
                known.join(", ")
            );
            self.problem(entry, field, message);
            None
        } else if let Err(why) = check_relative(name) {
            self.problem(entry, field, format!("`{name}` {why}"));
            None
        } else if !self.files.is_dir(name) {
            self.problem(
                entry,
                field,
                format!(
                    "lesson directory `{name}` does not exist next to pack.yaml: create it with a lesson.yaml, or fix the name"
                ),
            );
            None
        } else {
            load_lesson(self.files, name, pack_go, &mut self.problems)
        }
    }

    /// Exercise ids are unique in the whole pack; reports the lesson's
    /// clashes and says whether there were any.
    fn duplicate_exercises(&mut self, lesson: &Lesson, ids: &mut HashMap<String, String>) -> bool {
        let mut duplicate = false;
        for exercise in &lesson.exercises {
            if let Some(other) = ids.insert(exercise.id.clone(), lesson.dir.clone()) {
                self.problems.push(
                    Problem::new(
                        self.files.display(&format!("{}/lesson.yaml", lesson.dir)),
                        format!(
                            "exercise id `{}` is also used in lesson `{other}`; exercise ids must be unique in the whole pack",
                            exercise.id
                        ),
                    )
                    .field("exercises"),
                );
                duplicate = true;
            }
        }
        duplicate
    }

    fn tracks(&mut self, tracks: &[raw::TrackFile], pack: &mut Pack) {
        let mut track_ids = HashSet::new();
        for (i, track) in tracks.iter().enumerate() {
            let field = format!("tracks[{i}]");
            let id = track.id.value.trim();
            if let Err(why) = check_id(id) {
                self.problem(&track.id, format!("{field}.id"), why);
                continue;
            }
            if !track_ids.insert(id.to_owned()) {
                self.problem(
                    &track.id,
                    format!("{field}.id"),
                    format!("track `{id}` is defined twice"),
                );
                continue;
            }
            let mut lessons = Vec::new();
            for (j, entry) in track.lessons.iter().enumerate() {
                match self.names.get(entry.value.trim()) {
                    Some(id) => lessons.push(id.clone()),
                    // Listed but broken: its own problems are reported already.
                    None if self.dirs.contains(entry.value.trim()) => {}
                    None => self.problem(
                        entry,
                        format!("{field}.lessons[{j}]"),
                        format!(
                            "`{}` is not one of this pack's lessons (name a lesson listed under `lessons`)",
                            entry.value
                        ),
                    ),
                }
            }
            if let Some(missing) = track_missing(pack, &lessons) {
                self.problem(
                    &track.id,
                    field,
                    format!("track `{id}` includes {missing}: add them to the track"),
                );
            }
            pack.tracks.push(Track {
                id: id.to_owned(),
                title: track.title.trim().to_owned(),
                description: track.description.trim().to_owned(),
                lessons,
            });
        }
    }
}

fn line_of<T>(spanned: &At<T>) -> Option<u32> {
    (spanned.line > 0).then_some(spanned.line)
}

/// Every `requires` names a lesson of the pack.
fn check_requires(pack: &Pack, origins: &[Vec<Origin>], problems: &mut Vec<Problem>) {
    let ids: Vec<&str> = pack.lessons.iter().map(|l| l.id.as_str()).collect();
    for (lesson, origins) in pack.lessons.iter().zip(origins) {
        for (required, origin) in lesson.requires.iter().zip(origins) {
            if ids.contains(&required.as_str()) {
                continue;
            }
            let message = if lesson.source == PackSource::Builtin
                && pack.source != PackSource::Builtin
            {
                format!(
                    "built-in lesson `{}` requires `{required}`, which this pack does not include: add `builtin:{required}` to `lessons`",
                    lesson.id
                )
            } else {
                format!(
                    "`{required}` is not a lesson of this pack (`requires` names lesson ids: {})",
                    ids.join(", ")
                )
            };
            let p = origin.problem("", message);
            problems.push(p);
        }
    }
}

/// The lessons a track leaves out that its lessons require, as a phrase
/// (`\`errors\` without \`enums\``), or `None` when it carries them all.
fn track_missing(pack: &Pack, track: &[String]) -> Option<String> {
    let mut parts = Vec::new();
    for id in track {
        let Some(lesson) = pack.lesson(id) else {
            continue;
        };
        let missing: Vec<String> = lesson
            .requires
            .iter()
            .filter(|r| !track.contains(r) && pack.lesson(r).is_some())
            .map(|r| format!("`{r}`"))
            .collect();
        if !missing.is_empty() {
            parts.push(format!(
                "`{id}` without the lessons it requires: {}",
                missing.join(", ")
            ));
        }
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Parses YAML, turning a parser error into a located problem.
fn parse_yaml<T: serde::de::DeserializeOwned>(text: &str, file: &str) -> Result<T, Problem> {
    serde_saphyr::from_str(text).map_err(|e| {
        let rendered = e.to_string();
        let mut lines = rendered.lines();
        let first = lines.next().unwrap_or("invalid YAML");
        // serde-saphyr starts with "error: line N column M: "; the location
        // is carried separately.
        let message = first
            .strip_prefix("error: ")
            .map(|rest| match rest.split_once(": ") {
                Some((head, msg)) if head.starts_with("line ") => msg,
                _ => rest,
            })
            .unwrap_or(first)
            .to_owned();
        let snippet: Vec<&str> = lines.collect();
        let mut problem = Problem::new(file, message);
        if let Some(loc) = e.location() {
            problem = problem.at(loc.line(), loc.column());
        }
        if !snippet.is_empty() {
            problem.snippet = Some(snippet.join("\n").replace("<input>", file));
        }
        problem
    })
}

pub(super) fn at<T>(
    file: &str,
    spanned: &At<T>,
    field: impl Into<String>,
    message: impl Into<String>,
) -> Problem {
    Problem::new(file, message)
        .at(spanned.line.into(), spanned.column.into())
        .field(field)
}

/// Ids are what learners type: lowercase ASCII letters, digits and dashes.
pub fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("the id is empty".to_owned());
    }
    if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(format!(
            "`{id}` is not a valid id: use lowercase letters, digits and `-` only (e.g. `ownership-borrow`)"
        ));
    }
    Ok(())
}

/// A `go:` field: a language version such as `1.23`, at least the oldest
/// gorust supports.
pub(super) fn go_version(text: &At<String>) -> Result<GoVersion, String> {
    let value = text.value.trim();
    match GoVersion::parse(value) {
        Some(v) if v < GoVersion::MIN => Err(format!(
            "go {v} is older than the oldest Go gorust supports ({}): remove `go:` or raise it",
            GoVersion::MIN
        )),
        Some(v) => Ok(v),
        None => Err(format!(
            "`{value}` is not a Go language version: write it as in go.mod, e.g. `go: \"1.23\"` (quoted, no patch number)"
        )),
    }
}

/// A path named in a pack must stay inside its directory.
pub(super) fn check_relative(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("is empty".to_owned());
    }
    let p = Path::new(path);
    if p.is_absolute() || path.starts_with('/') || path.starts_with('\\') {
        return Err("is an absolute path; name it relative to the lesson directory".to_owned());
    }
    if p.components()
        .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)))
    {
        return Err(
            "leaves the lesson directory (`..`); keep a lesson's files inside it".to_owned(),
        );
    }
    if path.contains('\\') {
        return Err("uses `\\`; separate directories with `/`".to_owned());
    }
    Ok(())
}
