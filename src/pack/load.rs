//! Loading a pack from disk or from the binary, checking everything that can
//! be checked without a toolchain. Loading never fails as a whole: every
//! problem is collected with its location, and whatever is sound stays usable.

use super::model::*;
use super::problem::Problem;
use super::raw;
use crate::runner::{allowed_crates, is_error_code};
use crate::{GoVersion, Lang};
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, HashMap, HashSet};
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
trait Files {
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
    let mut problems = Vec::new();
    let file = files.display("pack.yaml");
    let empty = Pack {
        title: String::new(),
        version: None,
        description: String::new(),
        source: files.source(),
        lessons: Vec::new(),
        tracks: Vec::new(),
        go: GoVersion::MIN,
    };
    let text = match files.read("pack.yaml") {
        Ok(Some(text)) => text,
        Ok(None) => {
            problems.push(Problem::new(
                file,
                "no pack.yaml here: a pack is a directory with a pack.yaml that lists its lessons (see docs/lesson-format.md, or start one with `gorust new-pack DIR`)",
            ));
            return Loaded {
                pack: empty,
                problems,
            };
        }
        Err(e) => {
            problems.push(Problem::new(file, e));
            return Loaded {
                pack: empty,
                problems,
            };
        }
    };
    let raw: raw::PackFile = match parse_yaml(&text, &file) {
        Ok(raw) => raw,
        Err(problem) => {
            problems.push(problem);
            return Loaded {
                pack: empty,
                problems,
            };
        }
    };

    let mut pack = Pack {
        title: raw.title.value.trim().to_owned(),
        version: raw.version,
        description: raw.description.trim().to_owned(),
        ..empty
    };
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

    let mut seen_dirs = HashSet::new();
    let mut seen_ids: HashMap<String, String> = HashMap::new();
    let mut exercise_ids: HashMap<String, String> = HashMap::new();
    let mut builtin: Option<Loaded> = None;
    // Track entries may name a lesson by directory or by id.
    let mut names: HashMap<String, String> = HashMap::new();
    // Where each lesson's `requires` entries are written, by lesson.
    let mut requires_at: Vec<Vec<Origin>> = Vec::new();
    for (i, entry) in raw.lessons.iter().enumerate() {
        let field = format!("lessons[{i}]");
        let name = entry.value.trim();
        if !seen_dirs.insert(name.to_owned()) {
            problems.push(at(
                &file,
                entry,
                &field,
                format!("lesson `{name}` is listed twice"),
            ));
            continue;
        }
        let lesson = if let Some(wanted) = name.strip_prefix("builtin:") {
            let builtin = builtin.get_or_insert_with(load_builtin);
            match builtin
                .pack
                .lessons
                .iter()
                .find(|l| l.id == wanted || l.dir == wanted)
            {
                Some(lesson) => {
                    let mut lesson = lesson.clone();
                    // A built-in lesson never builds below the including pack.
                    lesson.go = lesson.go.max(pack.go);
                    Some((lesson, Vec::new()))
                }
                None => {
                    let known: Vec<&str> =
                        builtin.pack.lessons.iter().map(|l| l.id.as_str()).collect();
                    problems.push(at(
                        &file,
                        entry,
                        &field,
                        format!(
                            "there is no built-in lesson `{wanted}`; the built-in lessons are: {}",
                            known.join(", ")
                        ),
                    ));
                    None
                }
            }
        } else if let Err(why) = check_relative(name) {
            problems.push(at(&file, entry, &field, format!("`{name}` {why}")));
            None
        } else if !files.is_dir(name) {
            problems.push(at(
                &file,
                entry,
                &field,
                format!(
                    "lesson directory `{name}` does not exist next to pack.yaml: create it with a lesson.yaml, or fix the name"
                ),
            ));
            None
        } else {
            load_lesson(files, name, pack.go, &mut problems)
        };
        let Some((lesson, origins)) = lesson else {
            continue;
        };
        if let Some(other) = seen_ids.insert(lesson.id.clone(), lesson.dir.clone()) {
            problems.push(at(
                &file,
                entry,
                &field,
                format!(
                    "lesson id `{}` is used by both `{other}` and `{}`; ids must be unique",
                    lesson.id, lesson.dir
                ),
            ));
            continue;
        }
        let mut duplicate = false;
        for exercise in &lesson.exercises {
            if let Some(other) = exercise_ids.insert(exercise.id.clone(), lesson.dir.clone()) {
                problems.push(
                    Problem::new(
                        files.display(&format!("{}/lesson.yaml", lesson.dir)),
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
        if duplicate {
            continue;
        }
        names.insert(name.to_owned(), lesson.id.clone());
        names.insert(lesson.id.clone(), lesson.id.clone());
        names.insert(lesson.dir.clone(), lesson.id.clone());
        let origins = if origins.len() == lesson.requires.len() {
            origins
        } else {
            // A built-in lesson's requires are answered at its pack.yaml entry.
            vec![
                Origin {
                    file: file.clone(),
                    line: line_of(entry),
                    field: field.clone(),
                };
                lesson.requires.len()
            ]
        };
        requires_at.push(origins);
        pack.lessons.push(lesson);
    }
    check_requires(&pack, &requires_at, &mut problems);

    let mut track_ids = HashSet::new();
    for (i, track) in raw.tracks.iter().enumerate() {
        let field = format!("tracks[{i}]");
        let id = track.id.value.trim();
        if let Err(why) = check_id(id) {
            problems.push(at(&file, &track.id, format!("{field}.id"), why));
            continue;
        }
        if !track_ids.insert(id.to_owned()) {
            problems.push(at(
                &file,
                &track.id,
                format!("{field}.id"),
                format!("track `{id}` is defined twice"),
            ));
            continue;
        }
        let mut lessons = Vec::new();
        for (j, entry) in track.lessons.iter().enumerate() {
            match names.get(entry.value.trim()) {
                Some(id) => lessons.push(id.clone()),
                // Listed but broken: its own problems are reported already.
                None if seen_dirs.contains(entry.value.trim()) => {}
                None => problems.push(at(
                    &file,
                    entry,
                    format!("{field}.lessons[{j}]"),
                    format!(
                        "`{}` is not one of this pack's lessons (name a lesson listed under `lessons`)",
                        entry.value
                    ),
                )),
            }
        }
        if let Some(missing) = track_missing(&pack, &lessons) {
            problems.push(at(
                &file,
                &track.id,
                field.clone(),
                format!("track `{id}` includes {missing}: add them to the track"),
            ));
        }
        pack.tracks.push(Track {
            id: id.to_owned(),
            title: track.title.trim().to_owned(),
            description: track.description.trim().to_owned(),
            lessons,
        });
    }

    Loaded { pack, problems }
}

fn line_of<T>(spanned: &Spanned<T>) -> Option<u32> {
    let line = spanned.referenced.line();
    (line > 0).then(|| u32::try_from(line).unwrap_or(u32::MAX))
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

fn at<T>(
    file: &str,
    spanned: &Spanned<T>,
    field: impl Into<String>,
    message: impl Into<String>,
) -> Problem {
    Problem::new(file, message)
        .at(spanned.referenced.line(), spanned.referenced.column())
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
fn go_version(text: &Spanned<String>) -> Result<GoVersion, String> {
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
fn check_relative(path: &str) -> Result<(), String> {
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

/// Checks and reads the lessons's files while building the resolved lesson.
struct LessonLoader<'a> {
    files: &'a dyn Files,
    dir: &'a str,
    yaml: String,
    problems: &'a mut Vec<Problem>,
    contents: BTreeMap<String, String>,
    data: BTreeMap<String, Vec<u8>>,
}

impl LessonLoader<'_> {
    fn problem<T>(
        &mut self,
        spanned: &Spanned<T>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        let p = at(&self.yaml, spanned, field, message);
        self.problems.push(p);
    }

    /// Checks a named file and reads it; `None` after reporting a problem.
    fn file(&mut self, name: &Spanned<String>, field: &str, lang: Option<Lang>) -> Option<String> {
        let path = name.value.trim().to_owned();
        if let Err(why) = check_relative(&path) {
            self.problem(name, field, format!("`{path}` {why}"));
            return None;
        }
        if let Some(lang) = lang {
            let ext = lang.extension();
            if Path::new(&path).extension().and_then(|e| e.to_str()) != Some(ext) {
                self.problem(
                    name,
                    field,
                    format!("`{path}` is not a {lang} file: {lang} files end in `.{ext}`"),
                );
                return None;
            }
        }
        if self.contents.contains_key(&path) {
            return Some(path);
        }
        let rel = format!("{}/{path}", self.dir);
        match self.files.read(&rel) {
            Ok(Some(text)) => {
                self.contents.insert(path.clone(), text);
                Some(path)
            }
            Ok(None) => {
                let shown = self.files.display(&rel);
                self.problem(
                    name,
                    field,
                    format!("file `{path}` does not exist ({shown}): create it or fix the name"),
                );
                None
            }
            Err(why) => {
                self.problem(name, field, format!("file `{path}` {why}"));
                None
            }
        }
    }

    /// Checks the data files of a page or exercise and reads them (any
    /// extension, any bytes).
    fn data_files(&mut self, names: &[Spanned<String>], field: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let path = name.value.trim().to_owned();
            let field = format!("{field}[{i}]");
            if let Err(why) = check_relative(&path) {
                self.problem(name, field, format!("`{path}` {why}"));
                continue;
            }
            if !self.data.contains_key(&path) {
                let rel = format!("{}/{path}", self.dir);
                match self.files.read_bytes(&rel) {
                    Ok(Some(bytes)) => {
                        self.data.insert(path.clone(), bytes);
                    }
                    Ok(None) => {
                        let shown = self.files.display(&rel);
                        self.problem(
                            name,
                            field,
                            format!(
                                "data file `{path}` does not exist ({shown}): create it or fix the name"
                            ),
                        );
                        continue;
                    }
                    Err(why) => {
                        self.problem(name, field, format!("data file `{path}` {why}"));
                        continue;
                    }
                }
            }
            out.push(path);
        }
        out
    }

    fn origin<T>(&self, spanned: &Spanned<T>, field: String) -> Origin {
        let line = spanned.referenced.line();
        Origin {
            file: self.yaml.clone(),
            line: (line > 0).then(|| u32::try_from(line).unwrap_or(u32::MAX)),
            field,
        }
    }

    fn crates(&mut self, crates: &[Spanned<String>], field: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (i, c) in crates.iter().enumerate() {
            let name = c.value.trim();
            if allowed_crates().contains(&name) {
                out.push(name.to_owned());
            } else {
                self.problem(
                    c,
                    format!("{field}[{i}]"),
                    format!(
                        "crate `{name}` is not available: gorust pins only {} (so that a classroom can work offline)",
                        allowed_crates().join(", ")
                    ),
                );
            }
        }
        out
    }

    fn expect(&mut self, text: &Spanned<String>, field: &str, lang: Lang) -> Option<Expect> {
        match Expect::parse(&text.value) {
            Some(Expect::Race) if lang == Lang::Rust => {
                self.problem(
                    text,
                    field,
                    "`race` is for Go programs only: safe Rust has no data races to detect",
                );
                None
            }
            Some(expect) => Some(expect),
            None => {
                self.problem(
                    text,
                    field,
                    format!(
                        "`{}` is not an expectation: use `output`, `compile-error` (optionally followed by rustc codes such as E0382), `panic` or `race`",
                        text.value
                    ),
                );
                None
            }
        }
    }
}

fn load_lesson(
    files: &dyn Files,
    dir: &str,
    pack_go: GoVersion,
    problems: &mut Vec<Problem>,
) -> Option<(Lesson, Vec<Origin>)> {
    let rel = format!("{dir}/lesson.yaml");
    let yaml = files.display(&rel);
    let text = match files.read(&rel) {
        Ok(Some(text)) => text,
        Ok(None) => {
            problems.push(Problem::new(
                yaml,
                "missing: every lesson directory needs a lesson.yaml",
            ));
            return None;
        }
        Err(why) => {
            problems.push(Problem::new(yaml, why));
            return None;
        }
    };
    let raw: raw::LessonFile = match parse_yaml(&text, &yaml) {
        Ok(raw) => raw,
        Err(p) => {
            problems.push(p);
            return None;
        }
    };
    let before = problems.len();
    let mut l = LessonLoader {
        files,
        dir,
        yaml,
        problems,
        contents: BTreeMap::new(),
        data: BTreeMap::new(),
    };

    let id = raw.id.value.trim().to_owned();
    if let Err(why) = check_id(&id) {
        l.problem(&raw.id, "id", why);
    }
    for (field, value) in [("title", &raw.title), ("summary", &raw.summary)] {
        if value.value.trim().is_empty() {
            l.problem(value, field, format!("the lesson needs a {field}"));
        } else if field == "summary" && value.value.trim().contains('\n') {
            l.problem(
                value,
                field,
                "the summary is shown on one line in the catalog: keep it to one line",
            );
        }
    }
    if raw.pages.value.is_empty() {
        l.problem(&raw.pages, "pages", "a lesson needs at least one page");
    }
    let go = lesson_go(&mut l, raw.go.as_ref(), pack_go);
    let mut requires = Vec::new();
    let mut requires_at = Vec::new();
    for (i, r) in raw.requires.iter().enumerate() {
        let name = r.value.trim();
        match check_id(name) {
            Ok(()) => {
                requires.push(name.to_owned());
                requires_at.push(l.origin(r, format!("requires[{i}]")));
            }
            Err(why) => l.problem(r, format!("requires[{i}]"), why),
        }
    }

    let mut pages = Vec::new();
    for (i, page) in raw.pages.value.iter().enumerate() {
        if let Some(p) = load_page(&mut l, page, i) {
            pages.push(p);
        }
    }

    let mut exercises = Vec::new();
    let mut ids = HashSet::new();
    for (i, ex) in raw.exercises.iter().enumerate() {
        let eid = ex.id.value.trim();
        if !ids.insert(eid.to_owned()) {
            l.problem(
                &ex.id,
                format!("exercises[{i}].id"),
                format!("exercise id `{eid}` is used twice in this lesson"),
            );
            continue;
        }
        if let Some(e) = load_exercise(&mut l, ex, i) {
            exercises.push(e);
        }
    }

    let contents = std::mem::take(&mut l.contents);
    let data = std::mem::take(&mut l.data);
    if problems.len() > before && check_id(&id).is_err() {
        return None;
    }
    let lesson = Lesson {
        id,
        dir: dir.to_owned(),
        source: files.source(),
        title: raw.title.value.trim().to_owned(),
        summary: raw.summary.value.trim().to_owned(),
        pages,
        exercises,
        files: contents,
        go,
        requires,
        data,
    };
    Some((lesson, requires_at))
}

/// The lesson's effective Go version: its own `go:` may raise the pack's,
/// never lower it.
fn lesson_go(l: &mut LessonLoader, go: Option<&Spanned<String>>, pack_go: GoVersion) -> GoVersion {
    let Some(text) = go else {
        return pack_go;
    };
    match go_version(text) {
        Ok(v) if v < pack_go => {
            l.problem(
                text,
                "go",
                format!(
                    "go {v} is below the pack's go {pack_go}: a lesson may raise the pack's Go version, not lower it"
                ),
            );
            pack_go
        }
        Ok(v) => v,
        Err(why) => {
            l.problem(text, "go", why);
            pack_go
        }
    }
}

fn load_page(l: &mut LessonLoader, page: &raw::PageFile, i: usize) -> Option<Page> {
    let field = format!("pages[{i}]");
    let before = l.problems.len();
    if page.title.value.trim().is_empty() {
        l.problem(
            &page.title,
            format!("{field}.title"),
            "the page needs a title",
        );
    }
    let crates = l.crates(&page.crates, &format!("{field}.crates"));
    let data = l.data_files(&page.data, &format!("{field}.data"));
    let mut snippets: [Option<Snippet>; 2] = [None, None];
    for (slot, (lang, name)) in [(Lang::Go, &page.go), (Lang::Rust, &page.rust)]
        .into_iter()
        .enumerate()
    {
        let expect_text = page.expect.as_ref().and_then(|e| match lang {
            Lang::Go => e.go.as_ref(),
            Lang::Rust => e.rust.as_ref(),
        });
        let expect_field = format!("{field}.expect.{}", lang.key());
        match (name, expect_text) {
            (Some(name), expect_text) => {
                let file = l.file(name, &format!("{field}.{}", lang.key()), Some(lang));
                let expect = match expect_text {
                    Some(text) => l.expect(text, &expect_field, lang),
                    None => Some(Expect::Output),
                };
                if let (Some(file), Some(expect)) = (file, expect) {
                    snippets[slot] = Some(Snippet { lang, file, expect });
                }
            }
            (None, Some(text)) => l.problem(
                text,
                expect_field,
                format!(
                    "the page has no {lang} snippet for this expectation: add `{}:` or remove it",
                    lang.key()
                ),
            ),
            (None, None) => {}
        }
    }
    let mut explains = Vec::new();
    for (j, code) in page.explains.iter().enumerate() {
        if is_error_code(code.value.trim()) {
            explains.push(code.value.trim().to_owned());
        } else {
            l.problem(
                code,
                format!("{field}.explains[{j}]"),
                format!(
                    "`{}` is not a rustc error code (they look like E0382)",
                    code.value
                ),
            );
        }
    }
    if l.problems.len() > before {
        return None;
    }
    let [go, rust] = snippets;
    Some(Page {
        origin: l.origin(&page.title, field),
        title: page.title.value.trim().to_owned(),
        text: page.text.clone(),
        go,
        rust,
        explains,
        crates,
        stdin: page.stdin.clone(),
        data,
    })
}

fn load_exercise(l: &mut LessonLoader, ex: &raw::ExerciseFile, i: usize) -> Option<Exercise> {
    let field = format!("exercises[{i}]");
    let before = l.problems.len();
    let id = ex.id.value.trim().to_owned();
    if let Err(why) = check_id(&id) {
        l.problem(&ex.id, format!("{field}.id"), why);
    }
    if ex.title.value.trim().is_empty() {
        l.problem(
            &ex.title,
            format!("{field}.title"),
            "the exercise needs a title",
        );
    }
    let kind = match &ex.quiz {
        Some(quiz) => load_quiz(l, ex, quiz, &field),
        None => load_code(l, ex, &field),
    };
    if l.problems.len() > before {
        return None;
    }
    Some(Exercise {
        origin: l.origin(&ex.id, field),
        id,
        title: ex.title.value.trim().to_owned(),
        kind: kind?,
    })
}

fn load_quiz(
    l: &mut LessonLoader,
    ex: &raw::ExerciseFile,
    quiz: &Spanned<raw::QuizFile>,
    field: &str,
) -> Option<ExerciseKind> {
    // A quiz has no code to check: the code-exercise fields make no sense on it.
    let stray: Vec<&str> = [
        ("lang", ex.lang.is_some()),
        ("task", ex.task.is_some()),
        ("file", ex.file.is_some()),
        ("solution", ex.solution.is_some()),
        ("files", ex.files.is_some()),
        ("solutions", ex.solutions.is_some()),
        ("stdout", ex.stdout.is_some()),
        ("same_as", ex.same_as.is_some()),
        ("test", ex.test.is_some()),
        ("stdin", ex.stdin.is_some()),
        ("race", ex.race.is_some()),
        ("crates", !ex.crates.is_empty()),
        ("lint", ex.lint),
        ("timeout", ex.timeout.is_some()),
        ("hints", !ex.hints.is_empty()),
        ("data", !ex.data.is_empty()),
        ("optimize", ex.optimize),
        ("rules", !ex.rules.is_empty()),
        ("must_fail", !ex.must_fail.is_empty()),
    ]
    .into_iter()
    .filter_map(|(name, present)| present.then_some(name))
    .collect();
    if !stray.is_empty() {
        l.problem(
            quiz,
            format!("{field}.quiz"),
            format!(
                "a quiz cannot also have {}: those belong to code exercises",
                stray.join(", ")
            ),
        );
    }
    let q = &quiz.value;
    if q.choices.value.len() < 2 {
        l.problem(
            &q.choices,
            format!("{field}.quiz.choices"),
            "a quiz needs at least two choices",
        );
    }
    if q.answer.value >= q.choices.value.len() {
        l.problem(
            &q.answer,
            format!("{field}.quiz.answer"),
            format!(
                "answer {} is out of range: it is a 0-based index into the {} choices",
                q.answer.value,
                q.choices.value.len()
            ),
        );
    }
    let explain = match &ex.explain {
        Some(text) if !text.trim().is_empty() => text.clone(),
        _ => {
            l.problem(
                quiz,
                format!("{field}.explain"),
                "a quiz needs an `explain` shown after the answer",
            );
            String::new()
        }
    };
    let code = match &ex.code {
        Some(name) => {
            let lang = match Path::new(&name.value).extension().and_then(|e| e.to_str()) {
                Some("go") => Some(Lang::Go),
                Some("rs") => Some(Lang::Rust),
                _ => {
                    l.problem(
                        name,
                        format!("{field}.code"),
                        format!(
                            "`{}` is neither a Go (.go) nor a Rust (.rs) file",
                            name.value
                        ),
                    );
                    None
                }
            };
            let lang = lang?;
            let file = l.file(name, &format!("{field}.code"), Some(lang))?;
            let expect = match &ex.expect {
                Some(text) => l.expect(text, &format!("{field}.expect"), lang)?,
                None => Expect::Output,
            };
            Some(Snippet { lang, file, expect })
        }
        None => {
            if let Some(expect) = &ex.expect {
                l.problem(
                    expect,
                    format!("{field}.expect"),
                    "`expect` describes the quiz's `code`, and there is none",
                );
            }
            None
        }
    };
    Some(ExerciseKind::Quiz(Quiz {
        question: q.question.clone(),
        choices: q.choices.value.clone(),
        answer: q.answer.value,
        explain,
        code,
    }))
}

fn load_code(l: &mut LessonLoader, ex: &raw::ExerciseFile, field: &str) -> Option<ExerciseKind> {
    let Some(lang_text) = &ex.lang else {
        l.problem(
            &ex.id,
            format!("{field}.lang"),
            "missing `lang` (go or rust); or make it a quiz with `quiz:`",
        );
        return None;
    };
    let Some(lang) = Lang::from_key(lang_text.value.trim()) else {
        l.problem(
            lang_text,
            format!("{field}.lang"),
            format!(
                "`{}` is not a language: use `go` or `rust`",
                lang_text.value
            ),
        );
        return None;
    };
    for (name, present) in [
        ("explain", ex.explain.is_some()),
        ("code", ex.code.is_some()),
        ("expect", ex.expect.is_some()),
    ] {
        if present {
            l.problem(
                &ex.id,
                format!("{field}.{name}"),
                format!("`{name}` belongs to quizzes; a code exercise is judged by its check"),
            );
        }
    }
    let task = match &ex.task {
        Some(task) if !task.trim().is_empty() => task.clone(),
        _ => {
            l.problem(
                &ex.id,
                format!("{field}.task"),
                "missing `task`: tell the learner what to do",
            );
            String::new()
        }
    };

    let mut files = Vec::new();
    match (&ex.file, &ex.solution, &ex.files, &ex.solutions) {
        (Some(file), Some(solution), None, None) => {
            let starter = l.file(file, &format!("{field}.file"), Some(lang));
            let solution = l.file(solution, &format!("{field}.solution"), Some(lang));
            if let (Some(starter), Some(solution)) = (starter, solution) {
                files.push(ExerciseFile { starter, solution });
            }
        }
        (None, None, Some(list), Some(solutions)) => {
            if list.value.is_empty() {
                l.problem(list, format!("{field}.files"), "`files` is empty");
            } else if list.value.len() != solutions.value.len() {
                l.problem(
                    solutions,
                    format!("{field}.solutions"),
                    format!(
                        "`files` has {} entries and `solutions` {}: give one solution per file, in the same order",
                        list.value.len(),
                        solutions.value.len()
                    ),
                );
            } else {
                for (j, (f, s)) in list.value.iter().zip(&solutions.value).enumerate() {
                    let starter = l.file(f, &format!("{field}.files[{j}]"), Some(lang));
                    let solution = l.file(s, &format!("{field}.solutions[{j}]"), Some(lang));
                    if let (Some(starter), Some(solution)) = (starter, solution) {
                        let (sd, pd) =
                            (Path::new(&starter).parent(), Path::new(&solution).parent());
                        if j > 0 && sd != pd {
                            l.problem(
                                s,
                                format!("{field}.solutions[{j}]"),
                                format!(
                                    "`{solution}` must sit in the same directory as `{starter}`"
                                ),
                            );
                        }
                        files.push(ExerciseFile { starter, solution });
                    }
                }
            }
        }
        (None, None, None, None) => {
            l.problem(
                &ex.id,
                format!("{field}.file"),
                "missing `file` and `solution` (or `files` and `solutions`)",
            );
        }
        _ => {
            l.problem(
                &ex.id,
                format!("{field}.file"),
                "give either `file` with `solution`, or `files` with `solutions`, not a mix",
            );
        }
    }

    let checks = [ex.stdout.is_some(), ex.same_as.is_some(), ex.test.is_some()];
    let check = match checks.iter().filter(|c| **c).count() {
        0 => {
            l.problem(
                &ex.id,
                field.to_owned(),
                "no check: give exactly one of `stdout`, `same_as` or `test`",
            );
            None
        }
        1 => {
            if let Some(stdout) = &ex.stdout {
                Some(Check::Stdout(stdout.clone()))
            } else if let Some(same_as) = &ex.same_as {
                let other = lang.other();
                l.file(same_as, &format!("{field}.same_as"), Some(other))
                    .map(Check::SameAs)
            } else if let Some(test) = &ex.test {
                load_tests(l, test, lang, field).map(Check::Test)
            } else {
                None
            }
        }
        _ => {
            l.problem(
                &ex.id,
                field.to_owned(),
                "more than one check: give exactly one of `stdout`, `same_as` or `test`",
            );
            None
        }
    };

    let race = match &ex.race {
        Some(race) if race.value && lang == Lang::Rust => {
            l.problem(
                race,
                format!("{field}.race"),
                "`race` is for Go exercises only: safe Rust has no data races to detect",
            );
            false
        }
        Some(race) => race.value,
        None => false,
    };
    let crates = if !ex.crates.is_empty() && lang == Lang::Go {
        l.problem(
            &ex.crates[0],
            format!("{field}.crates"),
            "`crates` is for Rust exercises only; Go exercises use the standard library",
        );
        Vec::new()
    } else {
        l.crates(&ex.crates, &format!("{field}.crates"))
    };
    let timeout_secs = match &ex.timeout {
        Some(t) if t.value == 0 || t.value > MAX_TIMEOUT_SECS => {
            l.problem(
                t,
                format!("{field}.timeout"),
                format!("timeout must be between 1 and {MAX_TIMEOUT_SECS} seconds"),
            );
            DEFAULT_TIMEOUT_SECS
        }
        Some(t) => t.value,
        None => DEFAULT_TIMEOUT_SECS,
    };

    Some(ExerciseKind::Code(CodeExercise {
        lang,
        task,
        files,
        check: check?,
        stdin: ex.stdin.clone(),
        race,
        crates,
        lint: ex.lint,
        timeout_secs,
        hints: ex.hints.clone(),
        data: l.data_files(&ex.data, &format!("{field}.data")),
        optimize: ex.optimize,
        rules: load_rules(l, &ex.rules, field),
        must_fail: load_must_fail(l, &ex.must_fail, lang, field),
    }))
}

/// `test:` as one file or a list; `None` after reporting a problem.
fn load_tests(
    l: &mut LessonLoader,
    test: &Spanned<raw::OneOrMany>,
    lang: Lang,
    field: &str,
) -> Option<Vec<String>> {
    if test.value.0.is_empty() {
        l.problem(test, format!("{field}.test"), "`test` lists no file");
        return None;
    }
    let listed = test.value.0.len() > 1;
    let mut out = Vec::new();
    let before = l.problems.len();
    for (j, name) in test.value.0.iter().enumerate() {
        // A single `test: x_test.go` has no span of its own: use the field's.
        let name = if name.referenced.line() == 0 {
            &Spanned::new(name.value.clone(), test.referenced, test.defined)
        } else {
            name
        };
        let sub = if listed {
            format!("{field}.test[{j}]")
        } else {
            format!("{field}.test")
        };
        match l.file(name, &sub, Some(lang)) {
            Some(f) if lang == Lang::Go && !f.ends_with("_test.go") => l.problem(
                name,
                sub,
                format!("`{f}` must end in `_test.go` for `go test` to find it"),
            ),
            Some(f) => out.push(f),
            None => {}
        }
    }
    (l.problems.len() == before).then_some(out)
}

/// Each rule is exactly one of `forbid`/`require` with a pattern that
/// compiles, and a message.
fn load_rules(l: &mut LessonLoader, rules: &[Spanned<raw::RuleFile>], field: &str) -> Vec<Rule> {
    let mut out = Vec::new();
    for (i, rule) in rules.iter().enumerate() {
        let at = format!("{field}.rules[{i}]");
        let r = &rule.value;
        let (kind, pattern) = match (&r.forbid, &r.require) {
            (Some(p), None) => (RuleKind::Forbid, p),
            (None, Some(p)) => (RuleKind::Require, p),
            _ => {
                l.problem(
                    rule,
                    at,
                    "a rule has exactly one of `forbid` or `require` (a regular expression)",
                );
                continue;
            }
        };
        let message = match &r.message {
            Some(m) if !m.trim().is_empty() => m.trim().to_owned(),
            _ => {
                l.problem(
                    rule,
                    format!("{at}.message"),
                    "a rule needs a `message`: the learner sees it when the rule is not met",
                );
                continue;
            }
        };
        if let Err(e) = regex::Regex::new(&pattern.value) {
            l.problem(
                pattern,
                format!("{at}.{}", kind.key()),
                format!(
                    "`{}` is not a valid regular expression (Rust regex syntax): {}",
                    pattern.value,
                    e.to_string().lines().last().unwrap_or_default().trim()
                ),
            );
            continue;
        }
        out.push(Rule {
            kind,
            pattern: pattern.value.clone(),
            message,
        });
    }
    out
}

/// `must_fail` programs are files of the exercise's language in the lesson.
fn load_must_fail(
    l: &mut LessonLoader,
    names: &[Spanned<String>],
    lang: Lang,
    field: &str,
) -> Vec<String> {
    names
        .iter()
        .enumerate()
        .filter_map(|(i, name)| l.file(name, &format!("{field}.must_fail[{i}]"), Some(lang)))
        .collect()
}
