//! What instructors and onboarding leads use: `new-pack`, packs that reuse
//! built-in lessons, tracks, `report` over real progress files, and a crate
//! check on a machine without network. Real binary, real files, real
//! toolchains where a program is built.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn cache_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("gorust-cache")
}

/// gorust with its own workspace; builds are shared between tests.
fn gorust(workspace: &Path) -> Command {
    let mut cmd = Command::cargo_bin("gorust").unwrap();
    cmd.arg("--workspace")
        .arg(workspace)
        .env("GORUST_CACHE_DIR", cache_dir())
        .env("NO_COLOR", "1");
    cmd
}

fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ids(list: &Value, lesson: usize) -> Vec<String> {
    list["lessons"][lesson]["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect()
}

fn lesson_ids(list: &Value) -> Vec<&str> {
    list["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect()
}

/// A fresh template pack at `<tmp>/pack`.
fn new_pack(tmp: &Path) -> PathBuf {
    let dir = tmp.join("pack");
    gorust(&tmp.join("ws"))
        .arg("new-pack")
        .arg(&dir)
        .assert()
        .success();
    dir
}

// ---------------------------------------------------------------- new-pack

#[test]
fn new_pack_writes_a_pack_that_validates_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("course");
    let ws = tmp.path().join("ws");
    let out = gorust(&ws).arg("new-pack").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for wrote in [
        "pack.yaml",
        "first-steps/lesson.yaml",
        "first-steps/total.go",
    ] {
        let path = dir.join(wrote);
        assert!(path.is_file(), "{wrote} written");
        assert!(
            stdout.contains(&path.display().to_string()),
            "{wrote} named in:\n{stdout}"
        );
    }
    assert!(stdout.contains(&format!("gorust validate {}", dir.display())));
    assert!(stdout.contains(&format!("gorust --lessons {} list", dir.display())));
    // Written for an instructor to learn from: the YAML is mostly comments.
    let lesson = std::fs::read_to_string(dir.join("first-steps/lesson.yaml")).unwrap();
    let comments = lesson
        .lines()
        .filter(|l| l.trim_start().starts_with('#'))
        .count();
    assert!(comments >= 30, "{comments} comment lines");

    // The catalog, a track and the quiz work before any toolchain is used.
    let list = json_of(
        gorust(&ws)
            .arg("--lessons")
            .arg(&dir)
            .args(["list", "--json"]),
    );
    assert_eq!(list["pack"]["title"], "My first pack");
    assert_eq!(
        ids(&list, 0),
        [
            "first-steps-total-go",
            "first-steps-total-rust",
            "first-steps-quiz"
        ]
    );
    gorust(&ws)
        .arg("--lessons")
        .arg(&dir)
        .args(["--track", "intro", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("track intro: Introduction"))
        .stderr(predicate::str::contains("warning").not());
    gorust(&ws)
        .arg("--lessons")
        .arg(&dir)
        .args(["answer", "first-steps-quiz", "2"])
        .assert()
        .code(0);

    if !common::require("go") || !common::require("rustc") {
        return;
    }
    gorust(&ws)
        .arg("validate")
        .arg(&dir)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "My first pack: 1 lesson, 4 snippets, 2 exercises, 1 quiz checked; 0 problems",
        ));
}

#[test]
fn new_pack_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let dir = tmp.path().join("taken");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("pack.yaml"), "title: mine\n").unwrap();
    gorust(&ws)
        .arg("new-pack")
        .arg(&dir)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("is not empty")
                .and(predicate::str::contains("never overwrites")),
        );
    assert_eq!(
        std::fs::read_to_string(dir.join("pack.yaml")).unwrap(),
        "title: mine\n"
    );
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);

    gorust(&ws)
        .arg("new-pack")
        .arg(dir.join("pack.yaml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a directory"));

    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    gorust(&ws).arg("new-pack").arg(&empty).assert().success();
    assert!(
        empty.join("pack.yaml").is_file(),
        "an empty directory is fine"
    );
}

// ------------------------------------------------- built-in lessons, tracks

const ONBOARDING_PACK: &str = r#"title: Onboarding at Example Corp
version: "2026.1"
lessons:
  - builtin:ownership
  - builtin:01-orientation
  - first-steps
tracks:
  - id: day-one
    title: Day one
    description: The standard ownership lesson, then ours.
    lessons: [builtin:ownership, first-steps]
  - id: ours
    title: Only our lesson
    lessons: [first-steps]
"#;

#[test]
fn a_pack_reuses_builtin_lessons_next_to_its_own() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let dir = new_pack(tmp.path());
    std::fs::write(dir.join("pack.yaml"), ONBOARDING_PACK).unwrap();

    let builtin = json_of(gorust(&ws).args(["list", "--json"]));
    let builtin_ownership = builtin["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .position(|l| l["id"] == "ownership")
        .expect("the built-in pack has an ownership lesson");

    let out = gorust(&ws)
        .arg("--lessons")
        .arg(&dir)
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "the references resolve without a problem"
    );
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list["pack"]["title"], "Onboarding at Example Corp");
    assert_eq!(
        lesson_ids(&list),
        ["ownership", "orientation", "first-steps"],
        "by id or by directory, in the pack's order"
    );
    assert_eq!(ids(&list, 0), ids(&builtin, builtin_ownership));
    // The learner gets copies of the built-in starters in this pack's workspace.
    let first_code = list["lessons"][0]["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|e| e["path"].as_str())
        .unwrap();
    assert!(Path::new(first_code).is_file(), "{first_code}");
    assert!(first_code.starts_with(ws.to_str().unwrap()));

    // The human catalog lists the built-in lesson with its exercises.
    gorust(&ws)
        .arg("--lessons")
        .arg(&dir)
        .arg("list")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Ownership")
                .and(predicate::str::contains("ownership-shout"))
                .and(predicate::str::contains("first-steps-total-go")),
        );

    // Tracks of one's own pack, mixing built-in and own lessons.
    let day_one = json_of(
        gorust(&ws)
            .arg("--lessons")
            .arg(&dir)
            .args(["--track", "day-one", "list", "--json"]),
    );
    assert_eq!(lesson_ids(&day_one), ["ownership", "first-steps"]);
    let ours = json_of(
        gorust(&ws)
            .arg("--lessons")
            .arg(&dir)
            .args(["--track", "ours", "list", "--json"]),
    );
    assert_eq!(lesson_ids(&ours), ["first-steps"]);
    gorust(&ws)
        .arg("--lessons")
        .arg(&dir)
        .args(["--track", "day-one", "list"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("track day-one: Day one")
                .and(predicate::str::contains("orientation-table").not()),
        );
    gorust(&ws)
        .arg("--lessons")
        .arg(&dir)
        .args(["--track", "night", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("day-one, ours"));

    if !common::require("go") || !common::require("rustc") {
        return;
    }
    gorust(&ws)
        .arg("validate")
        .arg(&dir)
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("Onboarding at Example Corp: 3 lessons")
                .and(predicate::str::contains("; 0 problems")),
        );
}

#[test]
fn a_bad_builtin_reference_is_located_and_names_the_builtin_lessons() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let dir = new_pack(tmp.path());
    std::fs::write(
        dir.join("pack.yaml"),
        "title: Typo pack\nlessons:\n  - first-steps\n  - builtin:nope\n",
    )
    .unwrap();
    let located = format!(
        "{}:4:5: lessons[1]: there is no built-in lesson `nope`; the built-in lessons are: orientation, ",
        dir.join("pack.yaml").display()
    );
    // The rest of the pack stays usable, with the problem as a warning.
    gorust(&ws)
        .arg("--lessons")
        .arg(&dir)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("first-steps-total-go"))
        .stderr(
            predicate::str::contains(format!("warning: {located}"))
                .and(predicate::str::contains("ownership")),
        );

    if !common::require("go") || !common::require("rustc") {
        return;
    }
    gorust(&ws)
        .arg("validate")
        .arg(&dir)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(&located).and(predicate::str::contains("; 1 problem\n")));
}

// ------------------------------------------------------------------ report

fn class_dir() -> PathBuf {
    common::fixture_path("report/class")
}

fn fixture_pack() -> PathBuf {
    common::fixture_path("packs/valid")
}

fn report(ws: &Path) -> Command {
    let mut cmd = gorust(ws);
    cmd.arg("--lessons").arg(fixture_pack()).arg("report");
    cmd
}

#[test]
fn report_merges_a_class_and_sets_aside_what_it_cannot_read() {
    let tmp = tempfile::tempdir().unwrap();
    let out = report(tmp.path()).arg(class_dir()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);

    // Every bad file is named with its reason, on stderr and in the report.
    for (file, reason) in [
        ("damaged.json", "is not JSON"),
        ("newer.json", "written by a newer gorust"),
        ("wrong-shape.json", "is not a gorust progress file"),
        ("other-pack.json", "is from pack `Another pack` version 3"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.starts_with("skipped ") && l.contains(file))
            .unwrap_or_else(|| panic!("{file} not reported on stderr:\n{stderr}"));
        assert!(line.contains(reason), "{line}");
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with("- `") && l.contains(file) && l.contains(reason)),
            "{file} not in the report:\n{stdout}"
        );
    }
    assert!(
        !stdout.contains("Hidden"),
        "hidden folders are not searched"
    );

    let expected = [
        "# Class report: Fixture pack, version 1",
        "3 learners merged, 3 exercises; 4 files skipped (see the end).",
        // Stuck first: two learners on the Rust exercise, then one on Go.
        "| Sum in Rust (`basics-sum-rust`) | 2 of 3 | Ada, Bo |\n| Sum in Go (`basics-sum-go`) | 1 of 3 | Bo |",
        // The pack's order and titles.
        "| Sum in Go (`basics-sum-go`) | basics | 2 of 3 (67%) | 1 | 2 | 1 / 3 |\n\
         | Sum in Rust (`basics-sum-rust`) | basics | 1 of 3 (33%) | 2 | 2 | 0.33 / 1 |\n\
         | Pick one (`basics-quiz`) | basics | 2 of 3 (67%) | 0 | 1.5 | 0 / 0 |",
        "| Ada | 2 of 3 (67%) | 1 | 6 | 1 |",
        "| Bo | 0 of 3 (0%) | 2 | 5 | 2 |",
        // Unnamed: called after its folder.
        "| cy | 3 of 3 (100%) | 0 | 5 | 1 |",
    ];
    for text in expected {
        assert!(stdout.contains(text), "want\n{text}\nin\n{stdout}");
    }
    let stuck = stdout.find("## Where learners are stuck").unwrap();
    let exercises = stdout.find("## Exercises").unwrap();
    assert!(stuck < exercises, "the stuck list comes first");
}

#[test]
fn report_json_is_the_documented_contract() {
    let tmp = tempfile::tempdir().unwrap();
    let v = json_of(
        report(tmp.path())
            .arg(class_dir())
            .args(["--format", "json"]),
    );
    assert_eq!(v["format"], 1);
    assert_eq!(v["pack"]["title"], "Fixture pack");
    assert_eq!(v["pack"]["version"], "1");
    assert_eq!(v["pack"]["known"], true);
    assert!(v["track"].is_null());

    let go = &v["exercises"][0];
    assert_eq!(go["id"], "basics-sum-go");
    assert_eq!(go["title"], "Sum in Go");
    assert_eq!(go["lesson"], "basics");
    assert_eq!(go["kind"], "go");
    assert_eq!(go["learners"], 3);
    assert_eq!(go["passed"], 2);
    assert_eq!(go["passed_share"], 0.667);
    assert_eq!(go["stuck"], 1);
    assert_eq!(go["not_started"], 0);
    assert_eq!(go["median_attempts"], 2.0);
    assert_eq!(go["hints_total"], 3);
    assert_eq!(go["hints_mean"], 1.0);
    let quiz = &v["exercises"][2];
    assert_eq!(quiz["kind"], "quiz");
    assert_eq!(quiz["not_started"], 1);
    assert_eq!(quiz["median_attempts"], 1.5);

    let names: Vec<&str> = v["learners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ada", "Bo", "cy"]);
    let bo = &v["learners"][1];
    assert_eq!(bo["passed"], 0);
    assert_eq!(bo["total"], 3);
    assert_eq!(bo["completion"], 0.0);
    assert_eq!(bo["stuck"], 2);
    assert_eq!(bo["attempts"], 5);
    assert_eq!(bo["hints"], 2);
    assert!(bo["file"].as_str().unwrap().ends_with("bo.json"));

    assert_eq!(v["stuck"][0]["id"], "basics-sum-rust");
    assert_eq!(v["stuck"][0]["stuck"], 2);
    assert_eq!(v["stuck"][0]["learners"], serde_json::json!(["Ada", "Bo"]));
    assert_eq!(v["stuck"][1]["id"], "basics-sum-go");

    let kinds: Vec<&str> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["not-json", "too-new", "not-progress", "other-pack"]);
    for s in v["skipped"].as_array().unwrap() {
        assert!(s["file"].is_string() && s["reason"].is_string());
    }
}

#[test]
fn report_csv_is_three_tables_for_a_spreadsheet() {
    let tmp = tempfile::tempdir().unwrap();
    let out = report(tmp.path())
        .arg(class_dir())
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let tables: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(tables.len(), 3, "{text}");
    let read = |table: &str| -> Vec<Vec<String>> {
        csv::Reader::from_reader(table.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    };
    assert!(tables[0].starts_with(
        "exercise,title,lesson,kind,learners,passed,passed_share,stuck,not_started,median_attempts,hints_total,hints_mean\n"
    ));
    assert_eq!(
        read(tables[0])[1],
        [
            "basics-sum-rust",
            "Sum in Rust",
            "basics",
            "rust",
            "3",
            "1",
            "0.333",
            "2",
            "0",
            "2",
            "1",
            "0.333"
        ]
    );
    assert!(tables[1].starts_with("learner,file,passed,total,completion,stuck,attempts,hints\n"));
    let learners = read(tables[1]);
    assert_eq!(learners.len(), 3);
    assert_eq!(learners[2][0], "cy");
    assert_eq!(learners[2][2..], ["3", "3", "1", "0", "5", "1"]);
    let skipped = read(tables[2]);
    assert_eq!(skipped.len(), 4);
    // A reason with commas survives: the csv crate quotes it.
    let other = skipped.iter().find(|r| r[1] == "other-pack").unwrap();
    assert!(
        other[2].contains("version 3, not `Fixture pack`"),
        "{other:?}"
    );
}

#[test]
fn report_without_the_pack_lists_exercises_by_id() {
    let tmp = tempfile::tempdir().unwrap();
    let out = gorust(tmp.path())
        .args(["report", "--format", "json"])
        .arg(class_dir().join("ada.json"))
        .arg(class_dir().join("bo.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["pack"]["known"], false);
    let ids: Vec<&str> = v["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["basics-quiz", "basics-sum-go", "basics-sum-rust"]);
    assert_eq!(v["exercises"][0]["title"], "basics-quiz");
    assert!(v["exercises"][0]["lesson"].is_null());

    // Given a different pack, the report says so and still goes on.
    gorust(tmp.path())
        .arg("--lessons")
        .arg(tmp.path().join("no-such-pack"))
        .arg("report")
        .arg(class_dir().join("ada.json"))
        .assert()
        .success()
        .stderr(predicate::str::contains("not from the --lessons pack"))
        .stdout(predicate::str::contains("exercises are listed by id"));
}

#[test]
fn report_by_track() {
    let tmp = tempfile::tempdir().unwrap();
    let v = json_of(
        report(tmp.path())
            .args(["--track", "quick", "--format", "json"])
            .arg(class_dir()),
    );
    assert_eq!(v["track"], "quick");
    assert_eq!(v["exercises"].as_array().unwrap().len(), 3);
    report(tmp.path())
        .args(["--track", "slow"])
        .arg(class_dir())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no track `slow`").and(predicate::str::contains("quick")));
    gorust(tmp.path())
        .args(["--track", "quick", "report"])
        .arg(class_dir().join("ada.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs to know the pack"));
}

#[test]
fn report_with_nothing_to_merge_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    report(tmp.path())
        .arg(class_dir().join("damaged.json"))
        .arg(class_dir().join("notes"))
        .arg(tmp.path().join("missing.json"))
        .arg(&empty)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("damaged.json: is not JSON")
                .and(predicate::str::contains(
                    "wrong-shape.json: is not a gorust progress file",
                ))
                .and(predicate::str::contains("missing.json: does not exist"))
                .and(predicate::str::contains("no .json file in it"))
                .and(predicate::str::contains("no progress file could be merged")),
        );
    report(tmp.path()).assert().code(2);
}

/// The whole loop as a workshop runs it: learners work, export their
/// progress with a name, and the instructor merges the files.
#[test]
fn report_of_learners_who_really_worked() {
    let tmp = tempfile::tempdir().unwrap();
    let class = tmp.path().join("collected");
    std::fs::create_dir(&class).unwrap();
    let learner = |name: &str| {
        let ws = tmp.path().join(format!("ws-{name}"));
        let mut cmd = gorust(&ws);
        cmd.arg("--lessons").arg(fixture_pack());
        cmd
    };
    let export = |name: &str| {
        let out = learner(name)
            .args(["progress", "--json", "--name", name])
            .output()
            .unwrap();
        assert!(out.status.success());
        std::fs::write(class.join(format!("{name}.json")), out.stdout).unwrap();
    };
    learner("Ada")
        .args(["answer", "basics-quiz", "2"])
        .assert()
        .code(1);
    learner("Ada")
        .args(["answer", "basics-quiz", "1"])
        .assert()
        .code(0);
    learner("Ada")
        .args(["hint", "basics-sum-go"])
        .assert()
        .success();
    export("Ada");
    learner("Bo")
        .args(["answer", "basics-quiz", "2"])
        .assert()
        .code(1);
    learner("Bo")
        .args(["hint", "basics-sum-go"])
        .assert()
        .success();
    learner("Bo")
        .args(["hint", "basics-sum-go"])
        .assert()
        .success();
    export("Bo");
    // Someone else's pack and a truncated copy end up in the same folder.
    std::fs::copy(class_dir().join("other-pack.json"), class.join("dee.json")).unwrap();
    std::fs::write(
        class.join("eve.json"),
        b"{\"version\": 1, \"learner\": \"Ev",
    )
    .unwrap();

    let v = json_of(report(tmp.path()).arg(&class).args(["--format", "json"]));
    let names: Vec<&str> = v["learners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ada", "Bo"]);
    let quiz = v["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "basics-quiz")
        .unwrap();
    assert_eq!(quiz["passed"], 1);
    assert_eq!(quiz["stuck"], 1);
    assert_eq!(quiz["median_attempts"], 1.5);
    let go = &v["exercises"][0];
    assert_eq!(go["hints_total"], 3);
    assert_eq!(go["hints_mean"], 1.5);
    assert_eq!(go["stuck"], 0, "hints alone are not an attempt");
    assert_eq!(v["stuck"][0]["learners"], serde_json::json!(["Bo"]));
    let skipped: Vec<(&str, &str)> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["file"].as_str().unwrap(), s["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(
        skipped
            .iter()
            .any(|(f, k)| f.ends_with("eve.json") && *k == "not-json")
    );
    assert!(
        skipped
            .iter()
            .any(|(f, k)| f.ends_with("dee.json") && *k == "other-pack")
    );
}

#[test]
fn report_recognises_the_builtin_pack() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let builtin = json_of(gorust(&ws).args(["list", "--json"]));
    let first = ids(&builtin, 0)[0].clone();
    gorust(&ws).args(["hint", &first]).assert().success();
    let out = gorust(&ws)
        .args(["progress", "--json", "--name", "Kim"])
        .output()
        .unwrap();
    let file = tmp.path().join("kim.json");
    std::fs::write(&file, out.stdout).unwrap();

    let v = json_of(gorust(&ws).args(["report", "--format", "json"]).arg(&file));
    assert_eq!(v["pack"]["known"], true);
    assert_eq!(v["pack"]["title"], builtin["pack"]["title"]);
    assert_eq!(v["exercises"][0]["id"], first.as_str());
    assert_eq!(v["exercises"][0]["hints_total"], 1);
    let total: usize = builtin["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["exercises"].as_array().unwrap().len())
        .sum();
    assert_eq!(v["learners"][0]["total"], total);
}

// ----------------------------------------------------------------- offline

const CRATE_PACK: &str = "title: Offline room\nlessons: [tasks]\n";
const CRATE_LESSON: &str = r#"id: tasks
title: Tasks
summary: One exercise that needs tokio.
pages:
  - title: Hello
    text: Hello.
    go: hello.go
exercises:
  - id: tasks-sleep
    title: Sleep, then print
    lang: rust
    crates: [tokio]
    task: Print `done`.
    file: sleep.rs
    solution: sleep.solution.rs
    stdout: |
      done
"#;
const SLEEP: &str = "#[tokio::main]\nasync fn main() {\n    tokio::time::sleep(std::time::Duration::from_millis(1)).await;\n    println!(\"not yet\");\n}\n";

/// A room without network, before `gorust prepare`: no crate downloaded
/// (an empty CARGO_HOME), no build cache, and crates.io unreachable.
fn offline_room(tmp: &Path) -> (PathBuf, PathBuf) {
    let pack = tmp.join("pack");
    std::fs::create_dir_all(pack.join("tasks")).unwrap();
    std::fs::write(pack.join("pack.yaml"), CRATE_PACK).unwrap();
    std::fs::write(pack.join("tasks/lesson.yaml"), CRATE_LESSON).unwrap();
    std::fs::write(
        pack.join("tasks/hello.go"),
        "package main\n\nfunc main() {}\n",
    )
    .unwrap();
    std::fs::write(pack.join("tasks/sleep.rs"), SLEEP).unwrap();
    std::fs::write(
        pack.join("tasks/sleep.solution.rs"),
        SLEEP.replace("not yet", "done"),
    )
    .unwrap();
    let cargo_home = tmp.join("cargo-home");
    std::fs::create_dir(&cargo_home).unwrap();
    (pack, cargo_home)
}

#[test]
fn a_crate_check_without_network_says_to_run_prepare() {
    if !common::require("cargo") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (pack, cargo_home) = offline_room(tmp.path());
    let out = gorust(&tmp.path().join("ws"))
        .env("GORUST_CACHE_DIR", tmp.path().join("cache"))
        .env("CARGO_HOME", &cargo_home)
        // Nothing listens on port 9: every download fails at once, as on a
        // machine with no network at all.
        .env("CARGO_HTTP_PROXY", "http://127.0.0.1:9")
        .env("CARGO_NET_RETRY", "0")
        .arg("--lessons")
        .arg(&pack)
        .args(["check", "tasks-sleep"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    assert!(
        stdout.contains(
            "tokio is not downloaded yet and crates.io cannot be reached: run `gorust prepare` once while online"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("Caused by"), "no cargo dump:\n{stdout}");
}

/// Cargo's own offline mode (`CARGO_NET_OFFLINE=true`, or `net.offline` in
/// a room's cargo config) fails differently ("no matching package named
/// `tokio`"); the learner still gets the one sentence.
#[test]
fn a_crate_check_in_cargo_offline_mode_says_to_run_prepare() {
    if !common::require("cargo") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (pack, cargo_home) = offline_room(tmp.path());
    gorust(&tmp.path().join("ws"))
        .env("GORUST_CACHE_DIR", tmp.path().join("cache"))
        .env("CARGO_HOME", &cargo_home)
        .env("CARGO_NET_OFFLINE", "true")
        .arg("--lessons")
        .arg(&pack)
        .args(["check", "tasks-sleep"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "tokio is not downloaded yet and crates.io cannot be reached",
        ));
}
