//! The pack files exactly as authors write them, read field by field from
//! the YAML tree so that one run reports every fault of a file. The shapes
//! are the schema: an exercise is a code exercise or a quiz, and a field of
//! one written on the other is named as such.

use super::yaml::{At, Fields, Node, Reader, Value};

pub struct PackFile {
    pub title: At<String>,
    pub version: Option<String>,
    pub description: String,
    pub go: Option<At<String>>,
    pub lessons: Vec<At<String>>,
    pub tracks: Vec<TrackFile>,
}

pub struct TrackFile {
    pub id: At<String>,
    pub title: String,
    pub description: String,
    pub lessons: Vec<At<String>>,
}

pub struct LessonFile {
    pub id: At<String>,
    pub title: At<String>,
    pub summary: At<String>,
    pub go: Option<At<String>>,
    pub requires: Vec<At<String>>,
    /// The pages, located at the `pages` field.
    pub pages: At<Vec<PageFile>>,
    pub exercises: Vec<ExerciseFile>,
}

pub struct PageFile {
    pub title: At<String>,
    pub text: String,
    pub go: Option<At<String>>,
    pub rust: Option<At<String>>,
    pub expect: Option<ExpectFile>,
    pub explains: Vec<At<String>>,
    pub explains_go: Vec<At<String>>,
    pub crates: Vec<At<String>>,
    pub stdin: Option<String>,
    pub data: Vec<At<String>>,
}

pub struct ExpectFile {
    pub go: Option<At<String>>,
    pub rust: Option<At<String>>,
}

// A lesson holds a handful of these, briefly, while it loads: boxing would
// buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum ExerciseFile {
    Code(CodeFile),
    Quiz(QuizExerciseFile),
}

impl ExerciseFile {
    pub fn id(&self) -> &At<String> {
        match self {
            ExerciseFile::Code(c) => &c.id,
            ExerciseFile::Quiz(q) => &q.id,
        }
    }
}

pub struct CodeFile {
    pub id: At<String>,
    pub title: At<String>,
    pub lang: Option<At<String>>,
    pub task: Option<String>,
    pub file: Option<At<String>>,
    pub solution: Option<At<String>>,
    pub files: Option<At<Vec<At<String>>>>,
    pub solutions: Option<At<Vec<At<String>>>>,
    pub stdout: Option<String>,
    pub same_as: Option<At<String>>,
    /// `test: a_test.go` or a list, located at the field.
    pub test: Option<At<Vec<At<String>>>>,
    pub stdin: Option<String>,
    pub race: Option<At<bool>>,
    pub crates: Vec<At<String>>,
    pub lint: bool,
    pub timeout: Option<At<u64>>,
    pub hints: Vec<String>,
    pub data: Vec<At<String>>,
    pub optimize: bool,
    pub rules: Vec<At<RuleFile>>,
    pub must_fail: Vec<At<String>>,
}

pub struct QuizExerciseFile {
    pub id: At<String>,
    pub title: At<String>,
    pub quiz: At<QuizFile>,
    pub explain: Option<String>,
    pub code: Option<At<String>>,
    pub expect: Option<At<String>>,
    /// Files the quiz's program reads, as for a page's.
    pub data: Vec<At<String>>,
}

pub struct QuizFile {
    pub question: String,
    pub choices: At<Vec<String>>,
    pub answer: At<u64>,
}

pub struct RuleFile {
    pub forbid: Option<At<String>>,
    pub require: Option<At<String>>,
    pub message: Option<String>,
}

const PACK_FIELDS: &[&str] = &["title", "version", "description", "go", "lessons", "tracks"];
const TRACK_FIELDS: &[&str] = &["id", "title", "description", "lessons"];
const LESSON_FIELDS: &[&str] = &[
    "id",
    "title",
    "summary",
    "go",
    "requires",
    "pages",
    "exercises",
];
const PAGE_FIELDS: &[&str] = &[
    "title",
    "text",
    "go",
    "rust",
    "expect",
    "explains",
    "explains_go",
    "crates",
    "stdin",
    "data",
];
const EXPECT_FIELDS: &[&str] = &["go", "rust"];
/// The fields of a code exercise, `id` and `title` first (shared with quizzes).
const CODE_FIELDS: &[&str] = &[
    "id",
    "title",
    "lang",
    "task",
    "file",
    "solution",
    "files",
    "solutions",
    "stdout",
    "same_as",
    "test",
    "stdin",
    "race",
    "crates",
    "lint",
    "timeout",
    "hints",
    "data",
    "optimize",
    "rules",
    "must_fail",
];
const QUIZ_EXERCISE_FIELDS: &[&str] = &["id", "title", "quiz", "explain", "code", "expect", "data"];
const QUIZ_FIELDS: &[&str] = &["question", "choices", "answer"];
const RULE_FIELDS: &[&str] = &["forbid", "require", "message"];

fn no_explanation(_: &str) -> Option<String> {
    None
}

/// Optional text.
fn opt_text(r: &mut Reader, f: &mut Fields, name: &str) -> Option<At<String>> {
    let node = f.get(name)?;
    r.text(node, &f.path(name))
}

/// Required text; `None` after a problem.
fn need_text(r: &mut Reader, f: &mut Fields, name: &str) -> Option<At<String>> {
    let node = f.need(r, name)?;
    r.text(node, &f.path(name))
}

fn texts(r: &mut Reader, f: &mut Fields, name: &str) -> Vec<At<String>> {
    match f.get(name) {
        Some(node) => r.texts(node, &f.path(name)),
        None => Vec::new(),
    }
}

/// An optional list of mappings, each read by `read` at its own path.
fn items<T>(
    r: &mut Reader,
    f: &mut Fields,
    name: &str,
    read: impl Fn(&mut Reader, &Node, &str) -> Option<T>,
) -> Vec<T> {
    match f.get(name) {
        Some(node) => read_list(r, node, &f.path(name), read),
        None => Vec::new(),
    }
}

/// A list of mappings at `path`, each read by `read` at its own path.
fn read_list<T>(
    r: &mut Reader,
    node: &Node,
    path: &str,
    read: impl Fn(&mut Reader, &Node, &str) -> Option<T>,
) -> Vec<T> {
    r.list(node, path)
        .into_iter()
        .filter_map(|(path, item)| read(r, item, &path))
        .collect()
}

fn flag(r: &mut Reader, f: &mut Fields, name: &str) -> Option<At<bool>> {
    let node = f.get(name)?;
    r.bool(node, &f.path(name))
}

/// A Go version is text: unquoted, YAML reads `1.20` as the number 1.2.
fn go_version(r: &mut Reader, f: &mut Fields) -> Option<At<String>> {
    let node = f.get("go")?;
    if let Value::Float(_) | Value::Int(_) = node.value {
        r.problem(
            node,
            &f.path("go"),
            "write the Go version in quotes (`go: \"1.23\"`): unquoted, YAML reads it as a number, and 1.20 would be 1.2",
        );
        return None;
    }
    r.text(node, &f.path("go"))
}

pub fn read_pack(r: &mut Reader, root: &Node) -> Option<PackFile> {
    let mut f = r.map(root, "")?;
    let title = need_text(r, &mut f, "title");
    let version = opt_text(r, &mut f, "version").map(|v| v.value);
    let description = opt_text(r, &mut f, "description").map(|d| d.value);
    let go = go_version(r, &mut f);
    let lessons = f.need(r, "lessons").map(|n| r.texts(n, "lessons"));
    let tracks = items(r, &mut f, "tracks", read_track);
    f.finish(r, PACK_FIELDS, no_explanation);
    Some(PackFile {
        title: title?,
        version,
        description: description.unwrap_or_default(),
        go,
        lessons: lessons?,
        tracks,
    })
}

fn read_track(r: &mut Reader, node: &Node, field: &str) -> Option<TrackFile> {
    let mut f = r.map(node, field)?;
    let id = need_text(r, &mut f, "id");
    let title = need_text(r, &mut f, "title");
    let description = opt_text(r, &mut f, "description");
    let lessons = f.need(r, "lessons").map(|n| r.texts(n, &f.path("lessons")));
    f.finish(r, TRACK_FIELDS, no_explanation);
    Some(TrackFile {
        id: id?,
        title: title?.value,
        description: description.map(|d| d.value).unwrap_or_default(),
        lessons: lessons?,
    })
}

pub fn read_lesson(r: &mut Reader, root: &Node) -> Option<LessonFile> {
    let mut f = r.map(root, "")?;
    let id = need_text(r, &mut f, "id");
    let title = need_text(r, &mut f, "title");
    let summary = need_text(r, &mut f, "summary");
    let go = go_version(r, &mut f);
    let requires = texts(r, &mut f, "requires");
    let pages = f.need(r, "pages").map(|node| {
        let pages = read_list(r, node, "pages", read_page);
        node.map(|_| pages)
    });
    let exercises = items(r, &mut f, "exercises", read_exercise);
    f.finish(r, LESSON_FIELDS, no_explanation);
    Some(LessonFile {
        id: id?,
        title: title?,
        summary: summary?,
        go,
        requires,
        pages: pages?,
        exercises,
    })
}

fn read_page(r: &mut Reader, node: &Node, field: &str) -> Option<PageFile> {
    let mut f = r.map(node, field)?;
    let title = need_text(r, &mut f, "title");
    let text = need_text(r, &mut f, "text");
    let go = opt_text(r, &mut f, "go");
    let rust = opt_text(r, &mut f, "rust");
    let expect = f.get("expect").and_then(|node| {
        let mut e = r.map(node, &f.path("expect"))?;
        let expect = ExpectFile {
            go: opt_text(r, &mut e, "go"),
            rust: opt_text(r, &mut e, "rust"),
        };
        e.finish(r, EXPECT_FIELDS, no_explanation);
        Some(expect)
    });
    let page = PageFile {
        title: title?,
        text: text?.value,
        go,
        rust,
        expect,
        explains: texts(r, &mut f, "explains"),
        explains_go: texts(r, &mut f, "explains_go"),
        crates: texts(r, &mut f, "crates"),
        stdin: opt_text(r, &mut f, "stdin").map(|s| s.value),
        data: texts(r, &mut f, "data"),
    };
    f.finish(r, PAGE_FIELDS, no_explanation);
    Some(page)
}

/// A mapping with `quiz:` is a quiz; any other is a code exercise.
fn read_exercise(r: &mut Reader, node: &Node, field: &str) -> Option<ExerciseFile> {
    let mut f = r.map(node, field)?;
    let id = need_text(r, &mut f, "id");
    let title = need_text(r, &mut f, "title");
    let exercise = if f.has("quiz") {
        read_quiz_exercise(r, &mut f).map(ExerciseFile::Quiz)
    } else {
        read_code(r, &mut f, field).map(ExerciseFile::Code)
    };
    let known: Vec<&str> = CODE_FIELDS
        .iter()
        .chain(QUIZ_EXERCISE_FIELDS)
        .copied()
        .collect();
    f.finish(r, &known, no_explanation);
    match (exercise?, id, title) {
        (ExerciseFile::Quiz(q), Some(id), Some(title)) => {
            Some(ExerciseFile::Quiz(QuizExerciseFile { id, title, ..q }))
        }
        (ExerciseFile::Code(c), Some(id), Some(title)) => {
            Some(ExerciseFile::Code(CodeFile { id, title, ..c }))
        }
        _ => None,
    }
}

/// The quiz's own fields (`id` and `title` are filled in by the caller).
fn read_quiz_exercise(r: &mut Reader, f: &mut Fields) -> Option<QuizExerciseFile> {
    let node = f.get("quiz")?;
    // A quiz has no code to check: the code-exercise fields make no sense on it.
    let stray: Vec<&str> = f
        .untaken()
        .into_iter()
        .filter(|name| CODE_FIELDS.contains(name) && !QUIZ_EXERCISE_FIELDS.contains(name))
        .collect();
    if !stray.is_empty() {
        r.problem(
            node,
            &f.path("quiz"),
            format!(
                "a quiz cannot also have {}: those belong to code exercises",
                stray.join(", ")
            ),
        );
        for name in stray {
            f.get(name);
        }
    }
    let quiz = read_quiz(r, node, &f.path("quiz"));
    let explain = opt_text(r, f, "explain").map(|e| e.value);
    let code = opt_text(r, f, "code");
    let expect = opt_text(r, f, "expect");
    let data = texts(r, f, "data");
    Some(QuizExerciseFile {
        id: At::default(),
        title: At::default(),
        quiz: At {
            value: quiz?,
            line: node.line,
            column: node.column,
        },
        explain,
        code,
        expect,
        data,
    })
}

fn read_quiz(r: &mut Reader, node: &Node, field: &str) -> Option<QuizFile> {
    let mut q = r.map(node, field)?;
    let question = need_text(r, &mut q, "question");
    let choices = q.need(r, "choices").map(|n| {
        let texts = r.texts(n, &q.path("choices"));
        n.map(|_| texts.into_iter().map(|t| t.value).collect())
    });
    let answer = q
        .need(r, "answer")
        .and_then(|n| r.number(n, &q.path("answer")));
    q.finish(r, QUIZ_FIELDS, no_explanation);
    Some(QuizFile {
        question: question?.value,
        choices: choices?,
        answer: answer?,
    })
}

/// The code exercise's own fields (`id` and `title` are filled in by the
/// caller).
fn read_code(r: &mut Reader, f: &mut Fields, field: &str) -> Option<CodeFile> {
    let at_id = f.get("id").map(|n| n.map(|_| ())).unwrap_or_default();
    for name in ["explain", "code", "expect"] {
        if f.get(name).is_some() {
            r.problem(
                &at_id,
                &format!("{field}.{name}"),
                format!("`{name}` belongs to quizzes; a code exercise is judged by its check"),
            );
        }
    }
    let list = |r: &mut Reader, f: &mut Fields, name: &str| {
        f.get(name).map(|n| n.map(|_| r.texts(n, &f.path(name))))
    };
    let rules = items(r, f, "rules", read_rule);
    let test = f.get("test").map(|n| match &n.value {
        Value::Seq(_) => n.map(|_| r.texts(n, &f.path("test"))),
        _ => n.map(|_| r.text(n, &f.path("test")).into_iter().collect()),
    });
    Some(CodeFile {
        lang: opt_text(r, f, "lang"),
        task: opt_text(r, f, "task").map(|t| t.value),
        file: opt_text(r, f, "file"),
        solution: opt_text(r, f, "solution"),
        files: list(r, f, "files"),
        solutions: list(r, f, "solutions"),
        stdout: opt_text(r, f, "stdout").map(|t| t.value),
        same_as: opt_text(r, f, "same_as"),
        test,
        stdin: opt_text(r, f, "stdin").map(|t| t.value),
        race: flag(r, f, "race"),
        crates: texts(r, f, "crates"),
        lint: flag(r, f, "lint").is_some_and(|b| b.value),
        timeout: f
            .get("timeout")
            .and_then(|n| r.number(n, &f.path("timeout"))),
        hints: texts(r, f, "hints").into_iter().map(|h| h.value).collect(),
        data: texts(r, f, "data"),
        optimize: flag(r, f, "optimize").is_some_and(|b| b.value),
        rules,
        must_fail: texts(r, f, "must_fail"),
        id: At::default(),
        title: At::default(),
    })
}

fn read_rule(r: &mut Reader, node: &Node, field: &str) -> Option<At<RuleFile>> {
    let mut f = r.map(node, field)?;
    let rule = RuleFile {
        forbid: opt_text(r, &mut f, "forbid"),
        require: opt_text(r, &mut f, "require"),
        message: opt_text(r, &mut f, "message").map(|m| m.value),
    };
    f.finish(r, RULE_FIELDS, no_explanation);
    Some(node.map(|_| rule))
}
