//! The stage: the persistent directory a program is built in, its lock, and
//! writing sources into it.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use regex::Regex;

use super::{CancelToken, DataFile, Halt, Program, allowed_crates};
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
    let data_paths = program.data.iter().map(|d| &d.path);
    for path in program
        .sources
        .iter()
        .chain(&program.tests)
        .map(|s| &s.path)
        .chain(data_paths)
    {
        if !is_plain_relative(path) {
            return Err(Halt::Error(format!(
                "source path {} must be relative and stay inside the program's directory",
                path.display()
            )));
        }
    }
    let mut placed: HashSet<PathBuf> = program.sources.iter().map(|s| s.path.clone()).collect();
    let data = program.data.iter().map(|d| d.path.clone());
    for path in placed_tests(program)
        .into_iter()
        .map(|(path, _)| path)
        .chain(data)
    {
        if !placed.insert(path.clone()) {
            return Err(Halt::Error(format!(
                "{} is given twice (a source, test or data file of the same name): rename one of them",
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

/// Makes `dir` hold exactly `files` (relative path, contents) and the
/// `data` files (read-only: the program reads them, never changes them):
/// stale files from an earlier run are removed, unchanged files are left
/// untouched so that their timestamps do not trigger rebuilds.
pub(crate) fn sync_dir(
    dir: &Path,
    files: &[(PathBuf, String)],
    data: &[DataFile],
) -> Result<(), Halt> {
    fs::create_dir_all(dir).map_err(|e| io_halt("create", dir, &e))?;
    let wanted: HashSet<PathBuf> = files
        .iter()
        .map(|(path, _)| dir.join(path))
        .chain(data.iter().map(|d| dir.join(&d.path)))
        .collect();
    remove_unwanted(dir, &wanted).map_err(|e| io_halt("clean", dir, &e))?;
    for (relative, contents) in files {
        write_if_different(&dir.join(relative), contents)?;
    }
    for file in data {
        write_read_only(&dir.join(&file.path), &file.contents)?;
    }
    Ok(())
}

fn write_read_only(path: &Path, contents: &[u8]) -> Result<(), Halt> {
    if fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    // A read-only file cannot be rewritten in place.
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_halt("replace", path, &e)),
        _ => {}
    }
    write_if_different(path, contents)?;
    let mut permissions = fs::metadata(path)
        .map_err(|e| io_halt("read", path, &e))?
        .permissions();
    permissions.set_readonly(true);
    fs::set_permissions(path, permissions).map_err(|e| io_halt("protect", path, &e))
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

pub(crate) fn write_if_different(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), Halt> {
    let contents = contents.as_ref();
    if fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| io_halt("create", parent, &e))?;
    }
    fs::write(path, contents).map_err(|e| io_halt("write", path, &e))
}

/// The test files as staged: beside the main file, under their own file
/// names (paths relative to the program, like the sources').
pub(crate) fn placed_tests(program: &Program) -> Vec<(PathBuf, String)> {
    let main_dir = program
        .sources
        .first()
        .and_then(|main| main.path.parent())
        .unwrap_or(Path::new(""));
    program
        .tests
        .iter()
        .map(|test| {
            let name = test.path.file_name().map(PathBuf::from).unwrap_or_default();
            (main_dir.join(name), test.contents.clone())
        })
        .collect()
}

/// What is appended to the Rust main file so that each test file is a
/// `#[cfg(test)]` child module of it (and `use super::*;` sees the
/// learner's items). One line, after the learner's last one: the learner's
/// line numbers stay true, and the module names are ones the learner's
/// files never use (a learner's own `mod tests` cannot clash). A test file
/// the main file declares itself (the workspace's starters end with that
/// declaration, so an editor sees the tests) is not declared twice.
pub(crate) fn rust_test_modules(program: &Program) -> String {
    let Some(main) = program
        .sources
        .first()
        .filter(|_| !program.tests.is_empty())
    else {
        return String::new();
    };
    let declared = declared_modules(&main.contents);
    let files: Vec<String> = placed_tests(program)
        .iter()
        .filter_map(|(path, _)| path.file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    let sources: Vec<&str> = program
        .sources
        .iter()
        .map(|s| s.contents.as_str())
        .collect();
    let line = test_module_names(&sources, &files)
        .into_iter()
        .filter(|(file, _)| !declared.contains(file))
        .map(|(file, name)| format!("#[cfg(test)] #[path = {file:?}] mod {name};"))
        .collect::<Vec<_>>()
        .join(" ");
    if line.is_empty() {
        return String::new();
    }
    let ends_with_newline = main.contents.is_empty() || main.contents.ends_with('\n');
    let lead = if ends_with_newline { "" } else { "\n" };
    format!("{lead}{line}\n")
}

/// What the workspace appends to the starter of a test-graded Rust
/// exercise's main file (`sources`, main first): the test files declared as
/// modules, as gorust's check would add them, so that rust-analyzer and
/// `cargo test` in the workspace see the tests beside the file. Empty when
/// there are no test files.
pub fn test_module_declarations(sources: &[&str], test_files: &[String]) -> String {
    let modules = test_module_names(sources, test_files);
    if modules.is_empty() {
        return String::new();
    }
    let mut text = String::from(
        "\n// The exercise's tests, in the read-only file beside this one, so that\n\
         // your editor and `cargo test` see them (gorust adds them if this goes).\n",
    );
    for (file, name) in modules {
        text.push_str(&format!("#[cfg(test)]\n#[path = {file:?}]\nmod {name};\n"));
    }
    match sources.first() {
        Some(main) if !main.is_empty() && !main.ends_with('\n') => format!("\n{text}"),
        _ => text,
    }
}

/// Each test file (by file name) with the name of its module: the file's
/// stem when it is a plain identifier the sources never use
/// (`longer_test::ties` in a test report points at longer_test.rs), else a
/// name of gorust's own.
fn test_module_names(sources: &[&str], test_files: &[String]) -> Vec<(String, String)> {
    let words = identifiers_in(sources);
    test_files
        .iter()
        .enumerate()
        .map(|(i, file)| {
            let stem = Path::new(file)
                .file_stem()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            let name = match is_plain_identifier(&stem) && !words.contains(stem.as_ref()) {
                true => stem.into_owned(),
                false => format!("__gorust_tests_{i}"),
            };
            (file.clone(), name)
        })
        .collect()
}

/// The files that the code of a Rust crate root declares as modules
/// (`mod x;` is `x.rs`, `#[path = "y.rs"] mod x;` is `y.rs`), comments and
/// strings aside: a declaration in a comment does not count.
fn declared_modules(text: &str) -> HashSet<String> {
    static DECLARATION: OnceLock<Option<Regex>> = OnceLock::new();
    static PATH: OnceLock<Option<Regex>> = OnceLock::new();
    let (Some(declaration), Some(path)) = (
        DECLARATION.get_or_init(|| {
            Regex::new(
                r"(?P<attrs>(?:#\s*\[[^\]]*\]\s*)*)(?:pub(?:\s*\([^)]*\))?\s+)?\bmod\s+(?P<name>\w+)\s*;",
            )
            .ok()
        }),
        PATH.get_or_init(|| Regex::new(r"#\s*\[\s*path\s*=(?P<literal>\s+)\]").ok()),
    ) else {
        return HashSet::new();
    };
    // Blanking keeps one char for each char: a literal's place in the
    // blanked code, counted in chars, is its place in the text.
    let code = crate::rules::blank(Lang::Rust, text);
    let chars_before = |byte: usize| code[..byte].chars().count();
    declaration
        .captures_iter(&code)
        .filter_map(|found| {
            let attrs = found.name("attrs")?;
            let name = found.name("name")?.as_str();
            let Some(literal) = path
                .captures(attrs.as_str())
                .and_then(|p| p.name("literal"))
            else {
                return Some(format!("{name}.rs"));
            };
            let start = chars_before(attrs.start() + literal.start());
            let written: String = text
                .chars()
                .skip(start)
                .take(literal.as_str().chars().count())
                .collect();
            let file = written
                .trim()
                .trim_start_matches('r')
                .trim_matches('#')
                .trim_matches('"');
            Some(file.to_owned())
        })
        .collect()
}

/// Every identifier-like word of the sources, comments and strings included
/// (erring towards "taken" keeps a module name from ever clashing).
fn identifiers_in<'a>(sources: &[&'a str]) -> HashSet<&'a str> {
    sources
        .iter()
        .flat_map(|s| s.split(|c: char| !(c.is_alphanumeric() || c == '_')))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A lowercase identifier that is neither a keyword nor a name the crate
/// already has (`std`, `main`...).
fn is_plain_identifier(word: &str) -> bool {
    const TAKEN: [&str; 46] = [
        "as", "async", "await", "box", "break", "const", "continue", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
        "move", "mut", "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try",
        "type", "unsafe", "use", "where", "while", "self", "super", "crate", "std", "core",
        "alloc", "main", "test",
    ];
    word.chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !TAKEN.contains(&word)
}

/// Rewrites the stage path prefix in tool output to where the learner's
/// files are (or drops it, leaving paths relative to the program).
pub(crate) fn display_paths(text: &str, stage_prefix: &Path, display_dir: Option<&Path>) -> String {
    let prefix = format!("{}/", stage_prefix.display());
    text.replace(&prefix, &display_prefix(display_dir))
}

/// What a stage path's prefix becomes: the learner's directory, or nothing
/// (a path relative to it) when there is none.
pub(crate) fn display_prefix(display_dir: Option<&Path>) -> String {
    match display_dir {
        Some(dir) => format!("{}/", dir.display()),
        None => String::new(),
    }
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
        assert!(sync_dir(&dir, &files, &[]).is_ok());
        let before = fs::metadata(dir.join("main.go"))
            .and_then(|m| m.modified())
            .expect("mtime");
        thread::sleep(Duration::from_millis(20));
        assert!(sync_dir(&dir, &files[..1], &[]).is_ok());
        let after = fs::metadata(dir.join("main.go"))
            .and_then(|m| m.modified())
            .expect("mtime");
        assert_eq!(before, after);
        assert!(!dir.join("geo").exists());
    }

    #[test]
    fn data_paths_stay_inside_and_names_are_not_given_twice() {
        let mut program = Program::new(
            Lang::Go,
            "x",
            vec![super::super::Source::new("main.go", "package main")],
        );
        program.data.push(DataFile {
            path: PathBuf::from("../escape.txt"),
            contents: Vec::new(),
        });
        assert!(check_program(&program).is_err());
        program.data[0].path = PathBuf::from("main_test.go");
        program
            .tests
            .push(super::super::Source::new("pack/main_test.go", ""));
        assert!(check_program(&program).is_err());
        program.data[0].path = PathBuf::from("testdata/in.txt");
        assert!(check_program(&program).is_ok());
    }

    #[test]
    fn test_modules_are_named_after_their_files_unless_the_learner_uses_the_word() {
        let mut program = Program::new(
            Lang::Rust,
            "x",
            vec![super::super::Source::new(
                "own.rs",
                "fn main() {}\n#[cfg(test)]\nmod tests {}\nfn own_test() {}\n",
            )],
        );
        program.tests = vec![
            super::super::Source::new("own_test.rs", ""),
            super::super::Source::new("tests.rs", ""),
            super::super::Source::new("cases_test.rs", ""),
        ];
        assert_eq!(
            rust_test_modules(&program),
            "#[cfg(test)] #[path = \"own_test.rs\"] mod __gorust_tests_0; \
             #[cfg(test)] #[path = \"tests.rs\"] mod __gorust_tests_1; \
             #[cfg(test)] #[path = \"cases_test.rs\"] mod cases_test;\n"
        );
    }

    #[test]
    fn declared_modules_are_found_in_code_only() {
        let text = "fn main() {}\n\
            // #[path = \"in_comment.rs\"] mod commented;\n\
            const S: &str = \"mod in_string;\";\n\
            /* mod in_block; */\n\
            #[cfg(test)]\n#[path = \"x_test.rs\"]\nmod x_test;\n\
            #[path = r\"é_raw.rs\"] #[cfg(test)] pub(crate) mod raw;\n\
            mod plain;\n\
            #[cfg(test)]\nmod tests {\n    #[test]\n    fn t() {}\n}\n";
        let mut found: Vec<String> = declared_modules(text).into_iter().collect();
        found.sort();
        assert_eq!(found, ["plain.rs", "x_test.rs", "é_raw.rs"]);
    }

    #[test]
    fn a_test_file_the_learner_declares_is_not_declared_again() {
        let tests = vec!["x_test.rs".to_string(), "more_test.rs".to_string()];
        let starter = "pub fn x() {}\n";
        let declarations = test_module_declarations(&[starter], &tests);
        assert!(declarations.starts_with("\n//"), "{declarations}");
        assert!(
            declarations.ends_with(
                "#[cfg(test)]\n#[path = \"x_test.rs\"]\nmod x_test;\n\
                 #[cfg(test)]\n#[path = \"more_test.rs\"]\nmod more_test;\n"
            ),
            "{declarations}"
        );
        let program = |main: String| {
            let mut program = Program::new(
                Lang::Rust,
                "x",
                vec![super::super::Source::new("x.rs", main)],
            );
            program.tests = tests
                .iter()
                .map(|t| super::super::Source::new(t.as_str(), ""))
                .collect();
            program
        };
        // The starter as installed: nothing to add.
        assert_eq!(
            rust_test_modules(&program(format!("{starter}{declarations}"))),
            ""
        );
        // One declaration left, one deleted: only the deleted one is added.
        let one = format!("{starter}#[cfg(test)]\n#[path = \"x_test.rs\"]\nmod x_test;\n");
        assert_eq!(
            rust_test_modules(&program(one)),
            "#[cfg(test)] #[path = \"more_test.rs\"] mod more_test;\n"
        );
        // Commented out is not declared.
        let commented = format!("{starter}// #[path = \"x_test.rs\"] mod x_test;\n");
        assert!(rust_test_modules(&program(commented)).contains("\"x_test.rs\""));
        // A main file without a final newline gets one before the tests'.
        let no_newline = test_module_declarations(&["fn x() {}"], &tests);
        assert!(no_newline.starts_with("\n\n//"), "{no_newline}");
        assert_eq!(test_module_declarations(&[starter], &[]), "");
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
        let stage = Path::new("/cache/stage/x/src");
        for (display_dir, want) in [
            (
                Some(Path::new("/home/me/ex")),
                "/home/me/ex/main.rs:3:5: oops",
            ),
            (None, "main.rs:3:5: oops"),
        ] {
            let got = display_paths(text, stage, display_dir);
            assert_eq!(got, want, "display dir {display_dir:?}");
        }
    }
}
