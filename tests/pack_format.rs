//! The pack format: the fields a pack and a lesson may carry, how they are
//! loaded into the model, and the located problems when they are wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use gorust::GoVersion;
use gorust::pack::{self, Check, ExerciseKind, Problem, RuleKind};
use std::path::Path;

/// Writes a pack into a temporary directory: `files` are (pack-relative
/// path, contents).
fn write_pack(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

const PACK: &str = "title: T\ngo: \"1.23\"\nlessons: [basics]\n";
const GO_MAIN: &str = "package main\n\nfunc main() {}\n";
const RS_MAIN: &str = "fn main() {}\n";

fn lesson(exercise: &str) -> String {
    format!(
        "id: basics\ntitle: Basics\nsummary: One line.\npages:\n  - title: P\n    text: t\n    go: hello.go\n    data: [input.txt]\nexercises:\n{exercise}"
    )
}

fn base_files() -> Vec<(&'static str, &'static str)> {
    vec![
        ("pack.yaml", PACK),
        ("basics/hello.go", GO_MAIN),
        ("basics/input.txt", "some input\n"),
        ("basics/testdata/table.bin", "\u{0}\u{1}binary"),
        ("basics/main.go", GO_MAIN),
        ("basics/main.solution.go", GO_MAIN),
        ("basics/main.rs", RS_MAIN),
        ("basics/main.solution.rs", RS_MAIN),
        ("basics/a_test.go", "package main\n"),
        ("basics/b_test.go", "package main\n"),
        ("basics/cheat.go", GO_MAIN),
        ("basics/lib_test.rs", "use super::*;\n"),
    ]
}

fn load_with(exercise: &str, extra: &[(&str, &str)]) -> (pack::Loaded, tempfile::TempDir) {
    let text = lesson(exercise);
    let mut files = base_files();
    files.push(("basics/lesson.yaml", &text));
    files.extend_from_slice(extra);
    let dir = write_pack(&files);
    (pack::load_dir(dir.path()), dir)
}

fn messages(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

const GOOD_GO: &str = "  - id: ex-go
    title: Go
    lang: go
    task: do it
    file: main.go
    solution: main.solution.go
    test: [a_test.go, b_test.go]
    data: [input.txt, testdata/table.bin]
    optimize: true
    rules:
      - forbid: '\\bpanic\\('
        message: Return an error instead of panicking.
      - require: '\\bdefer\\b'
        message: Close it with defer.
    must_fail: [cheat.go]
";

#[test]
fn every_new_field_reaches_the_model() {
    let (loaded, _dir) = load_with(GOOD_GO, &[]);
    assert!(loaded.problems.is_empty(), "{}", messages(&loaded.problems));
    let pack = &loaded.pack;
    assert_eq!(pack.go, GoVersion::parse("1.23").unwrap());
    let lesson = &pack.lessons[0];
    assert_eq!(lesson.go, pack.go, "a lesson without `go` takes the pack's");
    assert_eq!(lesson.pages[0].data, vec!["input.txt"]);
    assert_eq!(lesson.data["input.txt"], b"some input\n");
    assert_eq!(lesson.data["testdata/table.bin"], b"\0\x01binary");
    let ExerciseKind::Code(code) = &lesson.exercises[0].kind else {
        panic!("a code exercise")
    };
    assert!(matches!(&code.check, Check::Test(t) if t == &["a_test.go", "b_test.go"]));
    assert_eq!(code.data, vec!["input.txt", "testdata/table.bin"]);
    assert!(code.optimize);
    assert_eq!(code.rules.len(), 2);
    assert_eq!(code.rules[0].kind, RuleKind::Forbid);
    assert_eq!(code.rules[0].pattern, "\\bpanic\\(");
    assert_eq!(code.rules[1].kind, RuleKind::Require);
    assert_eq!(code.rules[1].message, "Close it with defer.");
    assert_eq!(code.must_fail, vec!["cheat.go"]);
}

#[test]
fn a_single_test_file_is_a_list_of_one() {
    let ex = GOOD_GO.replace("test: [a_test.go, b_test.go]", "test: a_test.go");
    let (loaded, _dir) = load_with(&ex, &[]);
    assert!(loaded.problems.is_empty(), "{}", messages(&loaded.problems));
    let ExerciseKind::Code(code) = &loaded.pack.lessons[0].exercises[0].kind else {
        panic!()
    };
    assert!(matches!(&code.check, Check::Test(t) if t == &["a_test.go"]));
}

#[test]
fn a_lesson_may_raise_the_go_version_but_not_lower_it() {
    let raised = lesson(GOOD_GO).replacen("id: basics\n", "id: basics\ngo: \"1.25\"\n", 1);
    let mut files = base_files();
    files.push(("basics/lesson.yaml", &raised));
    let dir = write_pack(&files);
    let loaded = pack::load_dir(dir.path());
    assert!(loaded.problems.is_empty(), "{}", messages(&loaded.problems));
    assert_eq!(loaded.pack.lessons[0].go, GoVersion::parse("1.25").unwrap());

    let lowered = lesson(GOOD_GO).replacen("id: basics\n", "id: basics\ngo: \"1.22\"\n", 1);
    let mut files = base_files();
    files.push(("basics/lesson.yaml", &lowered));
    let dir = write_pack(&files);
    let loaded = pack::load_dir(dir.path());
    let text = messages(&loaded.problems);
    assert_eq!(loaded.problems.len(), 1, "{text}");
    let p = &loaded.problems[0];
    assert_eq!(
        (p.line, p.field.as_deref()),
        (Some(2), Some("go")),
        "{text}"
    );
    assert!(text.contains("below the pack's go 1.23"), "{text}");
}

#[test]
fn a_go_version_that_does_not_parse_is_located() {
    for (bad, why) in [
        ("\"1.23.4\"", "not a Go language version"),
        ("go1.23", "not a Go language version"),
        ("\"1.21\"", "older than the oldest Go"),
    ] {
        let dir = write_pack(&[
            (
                "pack.yaml",
                &format!("title: T\ngo: {bad}\nlessons: [basics]\n"),
            ),
            ("basics/lesson.yaml", &lesson(GOOD_GO)),
            ("basics/hello.go", GO_MAIN),
        ]);
        let loaded = pack::load_dir(dir.path());
        let p = loaded
            .problems
            .iter()
            .find(|p| p.field.as_deref() == Some("go"))
            .unwrap_or_else(|| panic!("{bad}: {}", messages(&loaded.problems)));
        assert!(p.file.ends_with("pack.yaml"), "{p}");
        assert_eq!(p.line, Some(2), "{p}");
        assert!(p.message.contains(why), "{bad}: {p}");
    }
}

#[test]
fn requires_names_lessons_of_the_pack() {
    let text =
        lesson(GOOD_GO).replacen("id: basics\n", "id: basics\nrequires: [intro, Bad_Id]\n", 1);
    let mut files = base_files();
    files.push(("basics/lesson.yaml", &text));
    let dir = write_pack(&files);
    let loaded = pack::load_dir(dir.path());
    let text = messages(&loaded.problems);
    assert_eq!(loaded.problems.len(), 2, "{text}");
    let fields: Vec<_> = loaded.problems.iter().map(|p| p.field.as_deref()).collect();
    assert!(fields.contains(&Some("requires[1]")), "{text}");
    let unknown = loaded
        .problems
        .iter()
        .find(|p| p.field.as_deref() == Some("requires[0]"))
        .unwrap();
    assert_eq!(unknown.line, Some(2), "{text}");
    assert!(unknown.file.ends_with("basics/lesson.yaml"), "{text}");
    assert!(
        unknown
            .message
            .contains("`intro` is not a lesson of this pack"),
        "{text}"
    );
}

#[test]
fn a_track_must_carry_what_its_lessons_require() {
    let small = |id: &str, requires: &str| {
        format!(
            "id: {id}\ntitle: T\nsummary: S\nrequires: [{requires}]\npages:\n  - title: P\n    text: t\n"
        )
    };
    let pack = "title: T
lessons: [enums, traits, errors]
tracks:
  - id: full
    title: Full
    lessons: [enums, traits, errors]
  - id: short
    title: Short
    lessons: [errors, enums]
";
    let errors = small("errors", "enums, traits");
    let dir = write_pack(&[
        ("pack.yaml", pack),
        ("enums/lesson.yaml", &small("enums", "")),
        ("traits/lesson.yaml", &small("traits", "enums")),
        ("errors/lesson.yaml", &errors),
    ]);
    let loaded = pack::load_dir(dir.path());
    let text = messages(&loaded.problems);
    assert_eq!(loaded.problems.len(), 1, "{text}");
    let p = &loaded.problems[0];
    assert!(p.file.ends_with("pack.yaml"), "{text}");
    assert_eq!(
        (p.line, p.field.as_deref()),
        (Some(7), Some("tracks[1]")),
        "{text}"
    );
    assert!(
        p.message
            .contains("track `short` includes `errors` without the lessons it requires: `traits`"),
        "{text}"
    );
    assert_eq!(loaded.pack.lessons[2].requires, ["enums", "traits"]);
}

/// Each fault in `exercise` gives one problem at `field` whose message
/// contains `want`.
fn assert_one_problem(exercise: &str, field: &str, want: &str) {
    let (loaded, _dir) = load_with(exercise, &[]);
    let text = messages(&loaded.problems);
    assert_eq!(loaded.problems.len(), 1, "{field}: {text}");
    let p = &loaded.problems[0];
    assert_eq!(p.field.as_deref(), Some(field), "{text}");
    assert!(p.line.is_some(), "{text}");
    assert!(p.message.contains(want), "want {want:?} in {text}");
}

#[test]
fn data_files_must_exist_and_stay_inside_the_lesson() {
    assert_one_problem(
        &GOOD_GO.replace(
            "data: [input.txt, testdata/table.bin]",
            "data: [input.txt, nothere.csv]",
        ),
        "exercises[0].data[1]",
        "data file `nothere.csv` does not exist",
    );
    assert_one_problem(
        &GOOD_GO.replace(
            "data: [input.txt, testdata/table.bin]",
            "data: [../pack.yaml]",
        ),
        "exercises[0].data[0]",
        "leaves the lesson directory",
    );
    assert_one_problem(
        &GOOD_GO.replace(
            "data: [input.txt, testdata/table.bin]",
            "data: [/etc/passwd]",
        ),
        "exercises[0].data[0]",
        "is an absolute path",
    );
}

#[test]
fn test_files_are_named_for_their_language() {
    assert_one_problem(
        &GOOD_GO.replace(
            "test: [a_test.go, b_test.go]",
            "test: [a_test.go, cheat.go]",
        ),
        "exercises[0].test[1]",
        "must end in `_test.go`",
    );
    assert_one_problem(
        &GOOD_GO.replace(
            "test: [a_test.go, b_test.go]",
            "test: [a_test.go, lib_test.rs]",
        ),
        "exercises[0].test[1]",
        "is not a Go file",
    );
    let rust = GOOD_GO
        .replace("lang: go", "lang: rust")
        .replace("main.go", "main.rs")
        .replace("main.solution.go", "main.solution.rs")
        .replace("must_fail: [cheat.go]", "must_fail: []")
        .replace(
            "test: [a_test.go, b_test.go]",
            "test: [lib_test.rs, a_test.go]",
        );
    assert_one_problem(&rust, "exercises[0].test[1]", "is not a Rust file");
}

#[test]
fn rules_are_checked_when_the_pack_loads() {
    assert_one_problem(
        &GOOD_GO.replace(
            "forbid: '\\bpanic\\('",
            "forbid: 'panic\\('\n        require: x",
        ),
        "exercises[0].rules[0]",
        "exactly one of `forbid` or `require`",
    );
    assert_one_problem(
        &GOOD_GO
            .replace(
                "      - require: '\\bdefer\\b'\n",
                "      - message: only\n",
            )
            .replace("        message: Close it with defer.\n", ""),
        "exercises[0].rules[1]",
        "exactly one of `forbid` or `require`",
    );
    assert_one_problem(
        &GOOD_GO.replace("        message: Close it with defer.\n", ""),
        "exercises[0].rules[1].message",
        "a rule needs a `message`",
    );
    assert_one_problem(
        &GOOD_GO.replace("forbid: '\\bpanic\\('", "forbid: 'panic('"),
        "exercises[0].rules[0].forbid",
        "is not a valid regular expression",
    );
}

#[test]
fn must_fail_programs_exist_in_the_exercise_language() {
    assert_one_problem(
        &GOOD_GO.replace("must_fail: [cheat.go]", "must_fail: [cheat.go, gone.go]"),
        "exercises[0].must_fail[1]",
        "file `gone.go` does not exist",
    );
    assert_one_problem(
        &GOOD_GO.replace("must_fail: [cheat.go]", "must_fail: [main.rs]"),
        "exercises[0].must_fail[0]",
        "is not a Go file",
    );
}

#[test]
fn a_quiz_cannot_carry_code_exercise_fields() {
    let quiz = "  - id: q
    title: Q
    quiz:
      question: Which?
      choices: [a, b]
      answer: 0
    explain: Because.
    rules:
      - forbid: x
        message: m
    must_fail: [cheat.go]
";
    let (loaded, _dir) = load_with(quiz, &[]);
    let text = messages(&loaded.problems);
    assert!(text.contains("rules"), "{text}");
    assert!(text.contains("must_fail"), "{text}");
}

#[test]
fn the_builtin_pack_still_loads_cleanly() {
    let loaded = pack::load_builtin();
    assert!(loaded.problems.is_empty(), "{}", messages(&loaded.problems));
    assert!(loaded.pack.go >= GoVersion::MIN);
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("lessons")
            .is_dir()
    );
}

// ------------------------------------------------------------ validate (built)

/// gorust on a fresh workspace, build caches shared between tests.
fn gorust(workspace: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("gorust").unwrap();
    cmd.arg("--workspace")
        .arg(workspace)
        .env(
            "GORUST_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("gorust-cache"),
        )
        .env("NO_COLOR", "1");
    cmd
}

fn validate_json(pack: &Path, extra: &[&str]) -> serde_json::Value {
    let ws = tempfile::tempdir().unwrap();
    let out = gorust(ws.path())
        .args(["validate", "--json"])
        .args(extra)
        .arg(pack)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let expected = if json["ok"] == true { 0 } else { 1 };
    assert_eq!(out.status.code(), Some(expected), "{json:#}");
    json
}

#[test]
fn validate_reports_a_must_fail_program_that_passes() {
    if !common::require("go") || !common::require("rustc") || !common::require("clippy") {
        return;
    }
    let json = validate_json(&common::fixture_path("must-fail"), &[]);
    let problems = json["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "only sum.constant.go passes: {json:#}");
    let p = &problems[0];
    assert!(
        p["file"].as_str().unwrap().ends_with("sums/lesson.yaml"),
        "{p}"
    );
    assert_eq!(p["line"], 9, "{p}");
    assert_eq!(p["field"], "exercises[0].must_fail[0]", "{p}");
    let message = p["message"].as_str().unwrap();
    assert!(message.contains("sum.constant.go passes"), "{message}");
}
