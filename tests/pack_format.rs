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
    assert_eq!(lesson.pages[0].inputs.data, vec!["input.txt"]);
    assert_eq!(lesson.data["input.txt"], b"some input\n");
    assert_eq!(lesson.data["testdata/table.bin"], b"\0\x01binary");
    let ExerciseKind::Code(code) = &lesson.exercises[0].kind else {
        panic!("a code exercise")
    };
    assert!(matches!(&code.check, Check::Test(t) if t == &["a_test.go", "b_test.go"]));
    assert_eq!(code.inputs.data, vec!["input.txt", "testdata/table.bin"]);
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
fn a_quizs_code_reads_its_data_files() {
    let quiz = |data: &str| {
        format!(
            "  - id: q
    title: Q
    quiz:
      question: What does it print?
      choices: [some input, nothing]
      answer: 0
    explain: It prints the file.
    code: reader.go
    data: [{data}]
"
        )
    };
    let reader = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\ttext, err := os.ReadFile(\"input.txt\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tfmt.Print(string(text))\n}\n";
    let (loaded, _dir) = load_with(&quiz("nothere.txt"), &[("basics/reader.go", reader)]);
    let text = messages(&loaded.problems);
    assert!(text.contains("exercises[0].data[0]"), "{text}");
    assert!(text.contains("`nothere.txt` does not exist"), "{text}");

    let (loaded, _dir) = load_with(&quiz("input.txt"), &[("basics/reader.go", reader)]);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let ExerciseKind::Quiz(q) = &loaded.pack.lessons[0].exercises[0].kind else {
        panic!("a quiz");
    };
    assert_eq!(q.data, ["input.txt"]);
    if !common::require("go") {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let engine = gorust::engine::Engine::with_pack(loaded, root.path()).unwrap();
    let verdict = engine
        .run_quiz_code(
            "q",
            &gorust::runner::NoEvents,
            &gorust::runner::CancelToken::new(),
        )
        .unwrap()
        .unwrap();
    assert!(verdict.passed(), "{verdict:?}");
    assert_eq!(verdict.stdout, "some input\n");
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

#[test]
fn validate_shows_the_failing_test_and_names_the_solution_file() {
    if !common::require("go") || !common::require("rustc") || !common::require("clippy") {
        return;
    }
    let json = validate_json(&common::fixture_path("validate-messages"), &[]);
    let problems = json["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2, "{json:#}");
    let rust = &problems[0];
    assert_eq!(rust["field"], "exercises[0].solution", "{rust}");
    let message = rust["message"].as_str().unwrap();
    // The failing test and its panic come first, after twenty passing ones.
    assert!(
        message.starts_with(
            "the solution does not pass: Tests failed: ---- longest_test::z_a_tie_gives_the_second stdout ----"
        ),
        "{message}"
    );
    assert!(
        message.contains("on a tie, the second string wins"),
        "{message}"
    );
    assert!(message.contains("right: \"cd\""), "{message}");
    assert!(!message.contains("a_longer_first_03 ... ok"), "{message}");
    assert!(!message.contains("core::panicking"), "{message}");

    let go = &problems[1];
    assert_eq!(go["field"], "exercises[1].solution", "{go}");
    let message = go["message"].as_str().unwrap();
    assert!(
        message.contains("longest.solution.go:7:2: declared and not used: unused"),
        "the error is named in the file it is in: {message}"
    );
    assert!(!message.contains(" longest.go:"), "{message}");
}

/// Copies a fixture pack into `to`.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A comment no earlier run has seen, so its program is new to the cache.
fn append_unique_comment(file: &Path) {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let mut text = std::fs::read_to_string(file).unwrap();
    text.push_str(&format!("\n// edited {nanos} {}\n", file.display()));
    std::fs::write(file, text).unwrap();
}

fn programs(json: &serde_json::Value) -> (u64, u64) {
    let p = &json["programs"];
    (p["run"].as_u64().unwrap(), p["cached"].as_u64().unwrap())
}

#[test]
fn validate_reruns_exactly_what_changed() {
    if !common::require("go") || !common::require("rustc") || !common::require("clippy") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    copy_dir(&common::fixture_path("packs/valid"), &pack);
    // 3 snippets, the quiz's program, a solution and a starter per exercise.
    let all = 8;

    let first = validate_json(&pack, &["--no-cache"]);
    assert_eq!(first["ok"], true, "{first:#}");
    assert_eq!(programs(&first), (all, 0), "--no-cache runs everything");

    let again = validate_json(&pack, &[]);
    assert_eq!(again["ok"], true, "{again:#}");
    assert_eq!(programs(&again), (0, all), "an unchanged pack runs nothing");

    // Only the Rust exercise's solution reads sum.solution.rs.
    append_unique_comment(&pack.join("basics/sum.solution.rs"));
    let one = validate_json(&pack, &[]);
    assert_eq!(one["ok"], true, "{one:#}");
    assert_eq!(programs(&one), (1, all - 1));

    // sum.solution.go is the Go solution and the program the Rust exercise
    // is compared with (`same_as`): the Go solution and both Rust runs.
    append_unique_comment(&pack.join("basics/sum.solution.go"));
    let three = validate_json(&pack, &[]);
    assert_eq!(three["ok"], true, "{three:#}");
    assert_eq!(programs(&three), (3, all - 3));

    // A broken program's result is kept too, and reported again from it.
    let lesson = pack.join("basics/lesson.yaml");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(
        &lesson,
        text.replace("sum = 6\n    hints", "sum = 7\n    hints"),
    )
    .unwrap();
    let wrong = validate_json(&pack, &[]);
    let again = validate_json(&pack, &[]);
    assert_eq!(wrong["problems"], again["problems"]);
    assert_eq!(again["ok"], false);
    assert_eq!(programs(&again), (0, all));
}

#[test]
fn validate_reports_every_fault_of_a_lesson_in_one_run() {
    if !common::require("go") || !common::require("rustc") || !common::require("clippy") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    copy_dir(&common::fixture_path("packs/valid"), &pack);
    let lesson = pack.join("basics/lesson.yaml");
    let text = std::fs::read_to_string(&lesson).unwrap();
    let text = text
        .replace("    file: sum.go\n", "    file: summ.go\n")
        .replace(
            "    same_as: sum.solution.go\n",
            "    same_as: sum.solution.go\n    hint: Borrow it.\n    difficulty: hard\n",
        )
        .replace("      answer: 0\n", "      answer: 5\n");
    std::fs::write(&lesson, text).unwrap();

    let json = validate_json(&pack, &[]);
    let problems = json["problems"].as_array().unwrap();
    let found: Vec<(u64, &str, &str)> = problems
        .iter()
        .map(|p| {
            assert!(
                p["file"].as_str().unwrap().ends_with("basics/lesson.yaml"),
                "{p}"
            );
            (
                p["line"].as_u64().unwrap(),
                p["field"].as_str().unwrap(),
                p["message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(found.len(), 4, "{json:#}");
    let has = |line: u64, field: &str, words: &str| {
        assert!(
            found
                .iter()
                .any(|(l, f, m)| *l == line && *f == field && m.contains(words)),
            "want {line} {field} {words:?} in {found:#?}"
        );
    };
    has(23, "exercises[0].file", "file `summ.go` does not exist");
    has(
        38,
        "exercises[1]",
        "unknown field `hint`, did you mean `hints`?",
    );
    has(
        39,
        "exercises[1]",
        "unknown field `difficulty`: the fields here are",
    );
    has(45, "exercises[2].quiz.answer", "answer 5 is out of range");

    // The same four in the text report.
    let ws = tempfile::tempdir().unwrap();
    let out = gorust(ws.path())
        .arg("validate")
        .arg(&pack)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for want in [
        "basics/lesson.yaml:23:11: exercises[0].file: file `summ.go` does not exist",
        "basics/lesson.yaml:38:5: exercises[1]: unknown field `hint`, did you mean `hints`?",
        "basics/lesson.yaml:39:5: exercises[1]: unknown field `difficulty`",
        "basics/lesson.yaml:45:15: exercises[2].quiz.answer: answer 5 is out of range",
        "; 4 problems\n",
    ] {
        assert!(stdout.contains(want), "want {want:?} in\n{stdout}");
    }
}

/// Loads the base pack with `page_extra` (indented YAML lines) added to its
/// page, and no exercise.
fn load_page_with(page_extra: &str) -> (pack::Loaded, tempfile::TempDir) {
    let text = lesson("").replace(
        "    data: [input.txt]\n",
        &format!("    data: [input.txt]\n{page_extra}"),
    );
    let mut files = base_files();
    files.push(("basics/lesson.yaml", &text));
    let dir = write_pack(&files);
    (pack::load_dir(dir.path()), dir)
}

#[test]
fn explains_go_is_a_list_of_messages_kept_as_written() {
    let (loaded, _dir) =
        load_page_with("    explains_go: [\"declared and not used\", \"missing return\"]\n");
    assert!(loaded.problems.is_empty(), "{}", messages(&loaded.problems));
    let page = &loaded.pack.lessons[0].pages[0];
    assert_eq!(
        page.explains_go,
        vec!["declared and not used", "missing return"]
    );
    let found = loaded.pack.pages_explaining_go(
        "./main.go:9:1: missing return\n./main.go:4:2: declared and not used: x\n",
    );
    assert_eq!(found.len(), 1, "each page once");
    assert_eq!(found[0].3, "missing return", "the earliest in the output");
    assert!(
        loaded
            .pack
            .pages_explaining_go("Declared And Not Used")
            .is_empty(),
        "case-sensitive"
    );
}

#[test]
fn explains_go_faults_are_located() {
    let cases = [
        (
            "    explains_go: [\"\"]\n",
            "pages[0].explains_go[0]",
            "an empty message would match every output",
        ),
        (
            "    explains_go: [\"missing return\", \"  \"]\n",
            "pages[0].explains_go[1]",
            "an empty message would match every output",
        ),
        (
            "    explains_go: declared and not used\n",
            "pages[0].explains_go",
            "`explains_go` must be a list, not text",
        ),
        (
            "    explains_go: [{message: missing return}]\n",
            "pages[0].explains_go[0]",
            "must be text",
        ),
        (
            "    explain_go: [missing return]\n",
            "pages[0]",
            "unknown field `explain_go`, did you mean `explains_go`?",
        ),
    ];
    for (yaml, field, want) in cases {
        let (loaded, _dir) = load_page_with(yaml);
        let text = messages(&loaded.problems);
        assert_eq!(loaded.problems.len(), 1, "{yaml}: {text}");
        let p = &loaded.problems[0];
        assert_eq!(p.field.as_deref(), Some(field), "{yaml}: {text}");
        assert_eq!(p.line, Some(9), "{yaml}: {text}");
        assert!(p.message.contains(want), "want {want:?} in {text}");
    }
}
