//! One lesson: its lesson.yaml read field by field, every file it names
//! checked and read, and the resolved [`Lesson`].

use super::load::{Files, at, check_id, check_relative, go_version, read_yaml};
use super::model::*;
use super::problem::Problem;
use super::raw;
use super::yaml::{At, Reader};
use crate::runner::{allowed_crates, is_error_code};
use crate::{GoVersion, Lang};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

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
        spanned: &At<T>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        let p = at(&self.yaml, spanned, field, message);
        self.problems.push(p);
    }

    /// Checks a named file and reads it; `None` after reporting a problem.
    fn file(&mut self, name: &At<String>, field: &str, lang: Option<Lang>) -> Option<String> {
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
    fn data_files(&mut self, names: &[At<String>], field: &str) -> Vec<String> {
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

    fn origin<T>(&self, spanned: &At<T>, field: String) -> Origin {
        Origin {
            file: self.yaml.clone(),
            line: (spanned.line > 0).then_some(spanned.line),
            field,
        }
    }

    fn crates(&mut self, crates: &[At<String>], field: &str) -> Vec<String> {
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

    fn expect(&mut self, text: &At<String>, field: &str, lang: Lang) -> Option<Expect> {
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

pub(super) fn load_lesson(
    files: &dyn Files,
    dir: &str,
    pack_go: GoVersion,
    problems: &mut Vec<Problem>,
) -> Option<(Lesson, Vec<Origin>)> {
    let rel = format!("{dir}/lesson.yaml");
    let yaml = files.display(&rel);
    let root = match read_yaml(
        files,
        &rel,
        "missing: every lesson directory needs a lesson.yaml",
    ) {
        Ok(root) => root,
        Err(p) => {
            problems.push(p);
            return None;
        }
    };
    // Every fault of the file's shape is reported; a lesson whose required
    // fields are missing goes no further.
    let mut reader = Reader::new(&yaml);
    let raw = raw::read_lesson(&mut reader, &root);
    problems.append(&mut reader.problems);
    let raw = raw?;
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
    let (requires, requires_at) = load_requires(&mut l, &raw.requires);
    let pages = raw
        .pages
        .value
        .iter()
        .enumerate()
        .filter_map(|(i, page)| load_page(&mut l, page, i))
        .collect();
    let exercises = load_exercises(&mut l, &raw.exercises);

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

/// The ids a lesson requires, with where each is written.
fn load_requires(l: &mut LessonLoader, raw: &[At<String>]) -> (Vec<String>, Vec<Origin>) {
    let mut requires = Vec::new();
    let mut origins = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        let name = r.value.trim();
        match check_id(name) {
            Ok(()) => {
                requires.push(name.to_owned());
                origins.push(l.origin(r, format!("requires[{i}]")));
            }
            Err(why) => l.problem(r, format!("requires[{i}]"), why),
        }
    }
    (requires, origins)
}

fn load_exercises(l: &mut LessonLoader, raw: &[raw::ExerciseFile]) -> Vec<Exercise> {
    let mut exercises = Vec::new();
    let mut ids = HashSet::new();
    for (i, ex) in raw.iter().enumerate() {
        let eid = ex.id().value.trim();
        if !ids.insert(eid.to_owned()) {
            l.problem(
                ex.id(),
                format!("exercises[{i}].id"),
                format!("exercise id `{eid}` is used twice in this lesson"),
            );
            continue;
        }
        if let Some(e) = load_exercise(l, ex, i) {
            exercises.push(e);
        }
    }
    exercises
}

/// The lesson's effective Go version: its own `go:` may raise the pack's,
/// never lower it.
fn lesson_go(l: &mut LessonLoader, go: Option<&At<String>>, pack_go: GoVersion) -> GoVersion {
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
    let mut explains_go = Vec::new();
    for (j, message) in page.explains_go.iter().enumerate() {
        // Matched as it is written: trimming would change what matches.
        if message.value.trim().is_empty() {
            l.problem(
                message,
                format!("{field}.explains_go[{j}]"),
                "an empty message would match every output: write the words Go prints, like `declared and not used`",
            );
        } else {
            explains_go.push(message.value.clone());
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
        explains_go,
        inputs: ProgramInputs {
            crates,
            stdin: page.stdin.clone(),
            data,
        },
    })
}

fn load_exercise(l: &mut LessonLoader, ex: &raw::ExerciseFile, i: usize) -> Option<Exercise> {
    let field = format!("exercises[{i}]");
    let before = l.problems.len();
    let (id, title) = match ex {
        raw::ExerciseFile::Code(c) => (&c.id, &c.title),
        raw::ExerciseFile::Quiz(q) => (&q.id, &q.title),
    };
    let exercise_id = id.value.trim().to_owned();
    if let Err(why) = check_id(&exercise_id) {
        l.problem(id, format!("{field}.id"), why);
    }
    if title.value.trim().is_empty() {
        l.problem(
            title,
            format!("{field}.title"),
            "the exercise needs a title",
        );
    }
    let kind = match ex {
        raw::ExerciseFile::Quiz(quiz) => load_quiz(l, quiz, &field),
        raw::ExerciseFile::Code(code) => load_code(l, code, &field),
    };
    if l.problems.len() > before {
        return None;
    }
    Some(Exercise {
        origin: l.origin(id, field),
        id: exercise_id,
        title: title.value.trim().to_owned(),
        kind: kind?,
    })
}

fn load_quiz(
    l: &mut LessonLoader,
    ex: &raw::QuizExerciseFile,
    field: &str,
) -> Option<ExerciseKind> {
    let quiz = &ex.quiz;
    let q = &quiz.value;
    if q.choices.value.len() < 2 {
        l.problem(
            &q.choices,
            format!("{field}.quiz.choices"),
            "a quiz needs at least two choices",
        );
    }
    let answer = usize::try_from(q.answer.value).unwrap_or(usize::MAX);
    if answer >= q.choices.value.len() {
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
        Some(name) => Some(quiz_code(l, name, ex.expect.as_ref(), field)?),
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
        answer,
        explain,
        code,
        data: l.data_files(&ex.data, &format!("{field}.data")),
    }))
}

/// The program shown with a quiz, in the language its extension says.
fn quiz_code(
    l: &mut LessonLoader,
    name: &At<String>,
    expect: Option<&At<String>>,
    field: &str,
) -> Option<Snippet> {
    let lang = match Path::new(&name.value).extension().and_then(|e| e.to_str()) {
        Some("go") => Lang::Go,
        Some("rs") => Lang::Rust,
        _ => {
            l.problem(
                name,
                format!("{field}.code"),
                format!(
                    "`{}` is neither a Go (.go) nor a Rust (.rs) file",
                    name.value
                ),
            );
            return None;
        }
    };
    let file = l.file(name, &format!("{field}.code"), Some(lang))?;
    let expect = match expect {
        Some(text) => l.expect(text, &format!("{field}.expect"), lang)?,
        None => Expect::Output,
    };
    Some(Snippet { lang, file, expect })
}

fn load_code(l: &mut LessonLoader, ex: &raw::CodeFile, field: &str) -> Option<ExerciseKind> {
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
    let files = code_files(l, ex, lang, field);
    let check = code_check(l, ex, lang, field);
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
        inputs: ProgramInputs {
            crates,
            stdin: ex.stdin.clone(),
            data: l.data_files(&ex.data, &format!("{field}.data")),
        },
        race,
        lint: ex.lint,
        timeout_secs,
        hints: ex.hints.clone(),
        optimize: ex.optimize,
        rules: load_rules(l, &ex.rules, field),
        must_fail: load_must_fail(l, &ex.must_fail, lang, field),
    }))
}

/// `file` with `solution`, or `files` with `solutions`.
fn code_files(
    l: &mut LessonLoader,
    ex: &raw::CodeFile,
    lang: Lang,
    field: &str,
) -> Vec<ExerciseFile> {
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

    files
}

/// Exactly one of `stdout`, `same_as` or `test`.
fn code_check(l: &mut LessonLoader, ex: &raw::CodeFile, lang: Lang, field: &str) -> Option<Check> {
    let checks = [ex.stdout.is_some(), ex.same_as.is_some(), ex.test.is_some()];
    match checks.iter().filter(|c| **c).count() {
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
    }
}

/// `test:` as one file or a list; `None` after reporting a problem.
fn load_tests(
    l: &mut LessonLoader,
    test: &At<Vec<At<String>>>,
    lang: Lang,
    field: &str,
) -> Option<Vec<String>> {
    if test.value.is_empty() {
        l.problem(test, format!("{field}.test"), "`test` lists no file");
        return None;
    }
    let listed = test.value.len() > 1;
    let mut out = Vec::new();
    let before = l.problems.len();
    for (j, name) in test.value.iter().enumerate() {
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

/// Each rule is exactly one of `forbid`/`require` with a pattern of valid
/// regex syntax, and a message.
fn load_rules(l: &mut LessonLoader, rules: &[At<raw::RuleFile>], field: &str) -> Vec<Rule> {
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
        // Parsing finds every syntax error `Regex::new` reports, in the same
        // words, without compiling the automaton: compiling the pack's rules
        // cost every start-up a few milliseconds.
        if let Err(e) = regex_syntax::Parser::new().parse(&pattern.value) {
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
    names: &[At<String>],
    lang: Lang,
    field: &str,
) -> Vec<String> {
    names
        .iter()
        .enumerate()
        .filter_map(|(i, name)| l.file(name, &format!("{field}.must_fail[{i}]"), Some(lang)))
        .collect()
}
