//! The command line as graders and classroom tools use it: real binary, real
//! toolchains, a temporary workspace, the fixture pack.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

struct Setup {
    workspace: tempfile::TempDir,
    pack: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        Setup {
            workspace: tempfile::tempdir().unwrap(),
            pack: common::fixture_path("packs/valid"),
        }
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("gorust").unwrap();
        cmd.arg("--workspace")
            .arg(self.workspace.path())
            .arg("--lessons")
            .arg(&self.pack)
            // Builds are shared between tests; workspaces are not.
            .env("GORUST_CACHE_DIR", cache_dir())
            .env("NO_COLOR", "1");
        cmd
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The learner's copy of an exercise, as `list --json` reports it.
    fn path_of(&self, id: &str) -> PathBuf {
        let list = self.json(&["list", "--json"]);
        let exercises = list["lessons"][0]["exercises"].as_array().unwrap();
        let e = exercises.iter().find(|e| e["id"] == id).unwrap();
        PathBuf::from(e["path"].as_str().unwrap())
    }

    fn solve(&self, id: &str, solution: &str) -> PathBuf {
        let path = self.path_of(id);
        std::fs::write(
            &path,
            common::fixture(&format!("packs/valid/basics/{solution}")),
        )
        .unwrap();
        path
    }
}

fn cache_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("gorust-cache")
}

#[test]
fn list_json_is_the_documented_contract() {
    let s = Setup::new();
    let list = s.json(&["list", "--json"]);
    assert_eq!(list["pack"]["title"], "Fixture pack");
    let lesson = &list["lessons"][0];
    assert_eq!(lesson["id"], "basics");
    assert_eq!(lesson["title"], "Basics");
    let exercises = lesson["exercises"].as_array().unwrap();
    let kinds: Vec<&str> = exercises
        .iter()
        .map(|e| e["lang"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["go", "rust", "quiz"]);
    for e in exercises {
        assert_eq!(e["status"], "new");
        assert!(e["title"].is_string());
    }
    let go_path = exercises[0]["path"].as_str().unwrap();
    assert!(
        go_path.starts_with(s.workspace.path().to_str().unwrap()),
        "{go_path}"
    );
    assert!(go_path.ends_with("basics-sum-go/sum.go"), "{go_path}");
    assert!(exercises[2]["path"].is_null(), "a quiz has no file");
    assert_eq!(
        std::fs::read_to_string(go_path).unwrap(),
        common::fixture("packs/valid/basics/sum.go"),
        "the learner's copies exist from the start"
    );
}

#[test]
fn list_by_track_and_unknown_track() {
    let s = Setup::new();
    s.cmd()
        .args(["--track", "quick", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("track quick: Quick"));
    s.cmd()
        .args(["--track", "nope", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no track `nope`").and(predicate::str::contains("quick")));
}

#[test]
fn a_track_lists_lessons_with_the_packs_numbers() {
    let workspace = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("gorust")
        .unwrap()
        .arg("--workspace")
        .arg(workspace.path())
        .args(["--track", "workshop", "list"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    // The built-in workshop track: lessons 1, 4, 6, 16, 20, 18 of the pack.
    assert!(text.contains("\n 1. Orientation"), "{text}");
    assert!(text.contains("\n 4. Ownership"), "{text}");
    assert!(text.contains("\n18. Multiplexing"), "{text}");
    assert!(!text.contains("\n 2. "), "{text}");
}

#[test]
fn progress_with_a_track_shows_its_lessons_only() {
    let workspace = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("gorust")
        .unwrap()
        .arg("--workspace")
        .arg(workspace.path())
        .args(["--track", "workshop", "progress"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Multiplexing"), "a workshop lesson: {text}");
    assert!(
        !text.contains("Syntax bridge"),
        "not in the workshop: {text}"
    );
    assert!(!text.contains("of 125 exercises"), "{text}");
}

#[test]
fn check_fails_with_a_diff_then_passes_once_fixed() {
    if !common::require("go") {
        return;
    }
    let s = Setup::new();
    s.cmd()
        .args(["check", "basics-sum-go"])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("Wrong output")
                .and(predicate::str::contains("- sum = 6"))
                .and(predicate::str::contains("+ sum = 5")),
        );
    s.solve("basics-sum-go", "sum.solution.go");
    let out = s
        .cmd()
        .args(["check", "basics-sum-go", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["exercise"], "basics-sum-go");
    assert_eq!(v["passed"], true);
    assert_eq!(v["verdict"], "passed");
    assert_eq!(v["stdout"], "sum = 6\n");
    assert_eq!(v["title"], "Passed");
    assert!(v["metrics"]["build_time_secs"].as_f64().unwrap() > 0.0);
    assert!(v["metrics"]["run_time_secs"].as_f64().unwrap() > 0.0);
    assert!(v["metrics"]["binary_size"].as_u64().unwrap() > 100_000);
    assert!(v["metrics"]["peak_memory_kib"].as_u64().unwrap() > 100);

    let progress = s.json(&["progress", "--json"]);
    let e = &progress["exercises"]["basics-sum-go"];
    assert_eq!(e["status"], "passed");
    assert_eq!(e["attempts"], 2);
    assert!(e["first_pass"].is_string());
}

#[test]
fn rust_exercise_is_judged_against_the_go_programs_output() {
    if !common::require("go") || !common::require("rustc") {
        return;
    }
    let s = Setup::new();
    s.cmd().args(["check", "basics-sum-rust"]).assert().code(1);
    s.solve("basics-sum-rust", "sum.solution.rs");
    s.cmd()
        .args(["check", "basics-sum-rust"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Passed"));
}

#[test]
fn a_compile_error_points_to_the_page_that_explains_it() {
    if !common::require("go") || !common::require("rustc") {
        return;
    }
    let s = Setup::new();
    let path = s.path_of("basics-sum-rust");
    std::fs::write(&path, "fn main() {\n    let a = String::from(\"x\");\n    let b = a;\n    println!(\"{a} {b}\");\n}\n").unwrap();
    let out = s
        .cmd()
        .args(["check", "basics-sum-rust", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["verdict"], "compile-error");
    assert!(
        v["error_codes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "E0382")
    );
    assert_eq!(v["explained_by"][0]["lesson"], "basics");
    assert_eq!(v["explained_by"][0]["page"], 1);
    // Plain text for machines, even where colours would be allowed.
    let coloured = s
        .cmd()
        .env_remove("NO_COLOR")
        .args(["check", "basics-sum-rust", "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&coloured.stdout).unwrap();
    let diagnostics = v["outcome"]["diagnostics"].as_str().unwrap();
    assert!(diagnostics.contains("error[E0382]"), "{diagnostics}");
    assert!(!diagnostics.contains('\u{1b}'), "{diagnostics:?}");
    s.cmd()
        .args(["check", "basics-sum-rust"])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("Compile error").and(predicate::str::contains(
                "E0382 is explained in lesson `basics`, page 2: A move",
            )),
        );
}

#[test]
fn hints_come_one_at_a_time_and_are_counted() {
    let s = Setup::new();
    s.cmd()
        .args(["hint", "basics-sum-go"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Hint 1 of 2")
                .and(predicate::str::contains("Add the numbers.")),
        );
    s.cmd()
        .args(["hint", "basics-sum-go"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Hint 2 of 2").and(predicate::str::contains("last hint")));
    s.cmd()
        .args(["hint", "basics-sum-go"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Hint 2 of 2"));
    let progress = s.json(&["progress", "--json"]);
    assert_eq!(progress["exercises"]["basics-sum-go"]["hints_shown"], 2);
    s.cmd()
        .args(["hint", "basics-sum-rust"])
        .assert()
        .success()
        .stdout(predicate::str::contains("has no hints"));
}

#[test]
fn answer_counts_from_one_and_a_wrong_answer_reveals_nothing() {
    let s = Setup::new();
    // Choice 2 of "hello, world" / "hello" is wrong: it says so, offers
    // another try, and names neither the right choice nor the explanation.
    s.cmd()
        .args(["answer", "basics-quiz", "2"])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("Not quite")
                .and(predicate::str::contains("1 to 2"))
                .and(predicate::str::contains("hello, world").not())
                .and(predicate::str::contains("answer is").not()),
        );
    s.cmd()
        .args(["answer", "basics-quiz", "1"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("Right")
                .and(predicate::str::contains("It prints `hello, world`")),
        );
    for out_of_range in ["0", "3"] {
        s.cmd()
            .args(["answer", "basics-quiz", out_of_range])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "choice {out_of_range} does not exist: `basics-quiz` has choices 1 to 2"
            )));
    }
    let progress = s.json(&["progress", "--json"]);
    assert_eq!(progress["exercises"]["basics-quiz"]["status"], "passed");
    assert_eq!(
        progress["exercises"]["basics-quiz"]["attempts"], 2,
        "a choice that does not exist is not an attempt"
    );
}

#[test]
fn answer_json_explains_only_a_right_answer() {
    let s = Setup::new();
    let out = s
        .cmd()
        .args(["answer", "basics-quiz", "2", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let wrong: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(wrong, serde_json::json!({ "correct": false }));
    let right = s.json(&["answer", "basics-quiz", "1", "--json"]);
    assert_eq!(right["correct"], true);
    assert_eq!(right["explain"], "It prints `hello, world`.\n");
}

/// Runs a command expected to fail with `--json` and returns its error object.
fn json_error(s: &Setup, args: &[&str]) -> Value {
    let out = s.cmd().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {:?}", out.stdout));
    assert!(
        v["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
    v["error"].clone()
}

#[test]
fn json_commands_report_errors_as_json() {
    let s = Setup::new();
    let cases: [(&[&str], &str, &str); 7] = [
        (
            &["check", "basics-quiz", "--json"],
            "is-a-quiz",
            "is a quiz",
        ),
        (
            &["check", "sum-go", "--json"],
            "unknown-exercise",
            "did you mean basics-sum-go",
        ),
        (
            &["answer", "basics-sum-go", "1", "--json"],
            "not-a-quiz",
            "is not a quiz",
        ),
        (
            &["answer", "basics-quiz", "0", "--json"],
            "no-such-choice",
            "choices 1 to 2",
        ),
        (
            &["--track", "nope", "list", "--json"],
            "unknown-track",
            "quick",
        ),
        (
            &["--track", "nope", "next", "--json"],
            "unknown-track",
            "quick",
        ),
        (&["answer", "basics-quiz", "--json"], "usage", "<CHOICE>"),
    ];
    for (args, kind, words) in cases {
        let e = json_error(&s, args);
        assert_eq!(e["kind"], kind, "{args:?}");
        assert!(
            e["message"].as_str().unwrap().contains(words),
            "{args:?}: {e}"
        );
    }
    // A pack that gave no lesson at all is an error in text too (exit 2,
    // the reason named), not an empty list with a warning after it.
    Command::cargo_bin("gorust")
        .unwrap()
        .arg("--workspace")
        .arg(s.workspace.path())
        .arg("--lessons")
        .arg(s.workspace.path().join("nowhere"))
        .arg("list")
        .env("NO_COLOR", "1")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the pack could not be read"))
        .stderr(predicate::str::contains("no pack.yaml here"));
    let out = Command::cargo_bin("gorust")
        .unwrap()
        .arg("--workspace")
        .arg(s.workspace.path())
        .arg("--lessons")
        .arg(s.workspace.path().join("nowhere"))
        .args(["list", "--json"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["kind"], "pack-invalid");
}

#[test]
fn next_walks_the_pack_in_order_until_everything_is_done() {
    if !common::require("go") || !common::require("rustc") {
        return;
    }
    let s = Setup::new();
    let first = s.json(&["next", "--json"]);
    assert_eq!(
        first,
        serde_json::json!({
            "lesson": "basics",
            "exercise": "basics-sum-go",
            "title": "Sum in Go",
            "kind": "go",
            "path": s.path_of("basics-sum-go").display().to_string(),
        })
    );
    s.cmd().args(["next"]).assert().success().stdout(
        predicate::str::contains("Next: Sum in Go")
            .and(predicate::str::contains("gorust check basics-sum-go")),
    );
    s.solve("basics-sum-go", "sum.solution.go");
    s.cmd().args(["check", "basics-sum-go"]).assert().code(0);
    assert_eq!(s.json(&["next", "--json"])["exercise"], "basics-sum-rust");
    s.solve("basics-sum-rust", "sum.solution.rs");
    s.cmd().args(["check", "basics-sum-rust"]).assert().code(0);
    let quiz = s.json(&["--track", "quick", "next", "--json"]);
    assert_eq!(quiz["exercise"], "basics-quiz");
    assert_eq!(quiz["kind"], "quiz");
    assert!(quiz["path"].is_null());
    s.cmd()
        .args(["answer", "basics-quiz", "1"])
        .assert()
        .code(0);
    assert_eq!(
        s.json(&["next", "--json"]),
        serde_json::json!({ "done": true })
    );
    // Nothing is left to open, so --open says so instead of starting the UI.
    s.cmd()
        .args(["next", "--open"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Everything is done"));
}

#[test]
fn wrong_kind_and_unknown_ids_are_errors_with_directions() {
    let s = Setup::new();
    s.cmd()
        .args(["answer", "basics-sum-go", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a quiz"));
    s.cmd()
        .args(["check", "basics-quiz"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a quiz"));
    s.cmd()
        .args(["check", "sum-go"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean basics-sum-go"));
    s.cmd().args(["frobnicate"]).assert().code(2);
}

#[test]
fn reset_backs_up_the_learners_file_first() {
    let s = Setup::new();
    let path = s.path_of("basics-sum-go");
    std::fs::write(&path, "// my work\n").unwrap();
    let out = s.cmd().args(["reset", "basics-sum-go"]).output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let backup = stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("your previous file is kept at "))
        .expect("backup path printed");
    assert_eq!(std::fs::read_to_string(backup).unwrap(), "// my work\n");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        common::fixture("packs/valid/basics/sum.go")
    );

    std::fs::write(&path, "// again\n").unwrap();
    s.cmd()
        .args(["reset", "--all"])
        .assert()
        .success()
        .stdout(predicate::str::contains("basics-sum-go: starter restored"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        common::fixture("packs/valid/basics/sum.go")
    );
    s.cmd().args(["reset"]).assert().code(2);
}

/// A learner's file that is not text, or became a folder, is named with
/// the way out (said once, not repeated by the error's cause); `reset`
/// then keeps it and puts the starter back, and the check runs again.
#[test]
fn an_unreadable_copy_names_the_way_out_and_reset_keeps_it() {
    let s = Setup::new();
    let path = s.path_of("basics-sum-go");
    std::fs::write(&path, b"package main\n// \xff\xfe\nfunc main() {}\n").unwrap();
    let out = s.cmd().args(["check", "basics-sum-go"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("is not UTF-8 text"), "{stderr}");
    assert!(stderr.contains("`gorust reset basics-sum-go`"), "{stderr}");
    assert_eq!(stderr.matches("valid UTF-8").count(), 0, "{stderr}");
    let out = s
        .cmd()
        .args(["check", "basics-sum-go", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["error"]["kind"], "io", "{json}");

    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    s.cmd()
        .args(["check", "basics-sum-go"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a folder, not a file"));
    s.cmd().args(["reset", "basics-sum-go"]).assert().success();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        common::fixture("packs/valid/basics/sum.go")
    );
    s.cmd().args(["check", "basics-sum-go"]).assert().code(1);
}

#[test]
fn solution_needs_a_pass_or_force() {
    let s = Setup::new();
    s.cmd()
        .args(["solution", "basics-sum-go"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not passed `basics-sum-go` yet"));
    s.cmd()
        .args(["solution", "basics-sum-go", "--force"])
        .assert()
        .success()
        .stdout(predicate::str::contains("for _, n := range nums"));
}

/// After a pass, `solution --diff` shows how the learner's copy differs
/// from the reference: the headline, then a unified diff, yours as `-`.
#[test]
fn solution_diff_after_a_pass_shows_how_yours_differs() {
    if !common::require("go") {
        return;
    }
    let s = Setup::new();
    let path = s.path_of("basics-sum-go");
    let reference = common::fixture("packs/valid/basics/sum.solution.go");
    let mine = reference.replace(
        "for _, n := range nums {\n\t\tsum += n\n\t}",
        "for i := 0; i < len(nums); i++ {\n\t\tsum += nums[i]\n\t}",
    );
    assert_ne!(mine, reference, "the fixture's loop changed");
    std::fs::write(&path, &mine).unwrap();
    s.cmd().args(["check", "basics-sum-go"]).assert().success();
    let out = s
        .cmd()
        .args(["solution", "basics-sum-go", "--diff"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        "Your solution passes; here is how it differs from the reference"
    );
    for expected in [
        "--- yours: sum.go",
        "+++ reference: sum.go",
        "-\tfor i := 0; i < len(nums); i++ {",
        "-\t\tsum += nums[i]",
        "+\tfor _, n := range nums {",
        "+\t\tsum += n",
    ] {
        assert!(lines.contains(&expected), "{expected:?} missing:\n{stdout}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("@@ -") && l.ends_with(" @@")),
        "{stdout}"
    );
    assert!(!stdout.contains('\u{1b}'), "NO_COLOR: markers only");
    // Without --diff, the reference as before.
    s.cmd()
        .args(["solution", "basics-sum-go"])
        .assert()
        .success()
        .stdout(reference);
    // The same file is said to be the same.
    std::fs::write(&path, common::fixture("packs/valid/basics/sum.solution.go")).unwrap();
    s.cmd()
        .args(["solution", "basics-sum-go", "--diff"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "sum.go: Yours is the reference, line for line.",
        ));
}

#[test]
fn progress_carries_the_learner_name_and_a_markdown_summary() {
    let s = Setup::new();
    s.cmd()
        .args(["answer", "basics-quiz", "1"])
        .assert()
        .success();
    let v = s.json(&["progress", "--json", "--name", "Ada"]);
    assert_eq!(v["learner"], "Ada");
    assert_eq!(v["pack"]["title"], "Fixture pack");
    assert_eq!(v["pack"]["version"], "1");
    assert_eq!(v["version"], 1);
    let again = s.json(&["progress", "--json"]);
    assert_eq!(again["learner"], "Ada", "the name is remembered");
    s.cmd()
        .args(["progress", "--markdown"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("# Ada: Fixture pack")
                .and(predicate::str::contains("1 of 3 exercises passed"))
                .and(predicate::str::contains("- [x] Pick one")),
        );
    s.cmd()
        .args(["progress"])
        .assert()
        .success()
        .stdout(predicate::str::contains("basics-quiz"));
}

#[test]
fn a_damaged_progress_file_is_moved_aside_not_lost() {
    let s = Setup::new();
    s.cmd().args(["list"]).assert().success();
    let pack_dir = std::fs::read_dir(s.workspace.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.join("go.mod").exists())
        .unwrap();
    std::fs::write(
        pack_dir.join("progress.json"),
        "{\"version\": 1, \"exercises\": [",
    )
    .unwrap();
    s.cmd()
        .args(["answer", "basics-quiz", "1"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: your progress file was damaged; it was moved to",
        ));
    let aside: Vec<_> = std::fs::read_dir(&pack_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("progress.json.damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    let progress = s.json(&["progress", "--json"]);
    assert_eq!(progress["exercises"]["basics-quiz"]["status"], "passed");
}

#[test]
fn validate_passes_the_valid_fixture() {
    if !common::require("go") || !common::require("rustc") {
        return;
    }
    let s = Setup::new();
    s.cmd()
        .args(["validate"])
        .arg(&s.pack)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "3 snippets, 2 exercises, 1 quiz checked; 0 problems",
        ));
}

#[test]
fn validate_names_the_file_line_and_field_of_each_broken_fixture() {
    if !common::require("go") || !common::require("rustc") {
        return;
    }
    let s = Setup::new();
    let broken = common::fixture_path("packs/broken");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&broken)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 12, "at least 12 broken fixtures");
    for dir in dirs {
        let expected = std::fs::read_to_string(dir.join("EXPECT")).unwrap();
        let out = s.cmd().arg("validate").arg(&dir).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{}: {stdout}", dir.display());
        assert!(
            stdout.contains(expected.trim()),
            "{}: want {expected:?} in\n{stdout}",
            dir.display()
        );
        assert!(
            stdout.contains("; 1 problem\n"),
            "{}: exactly one fault:\n{stdout}",
            dir.display()
        );
    }
}

#[test]
fn validate_json_locates_problems() {
    let s = Setup::new();
    let out = s
        .cmd()
        .args(["validate", "--json"])
        .arg(common::fixture_path("packs/broken/missing-file"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    let p = &v["problems"][0];
    assert!(p["file"].as_str().unwrap().ends_with("basics/lesson.yaml"));
    assert_eq!(p["line"], 23);
    assert_eq!(p["field"], "exercises[0].file");
}

#[test]
fn a_missing_pack_is_a_clear_error() {
    let s = Setup::new();
    s.cmd()
        .args(["validate"])
        .arg(s.workspace.path().join("nowhere"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("no pack.yaml here"));
}

#[test]
fn missing_toolchains_never_stop_the_rest() {
    let s = Setup::new();
    let empty = tempfile::tempdir().unwrap();
    s.cmd()
        .env("PATH", empty.path())
        .args(["list"])
        .assert()
        .success();
    s.cmd()
        .env("PATH", empty.path())
        .args(["check", "basics-sum-go"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("Toolchain missing").and(predicate::str::contains("go")));
    s.cmd()
        .env("PATH", empty.path())
        .args(["doctor"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("missing").and(predicate::str::contains("Not ready")));
}

#[test]
fn doctor_says_ready_in_one_line() {
    if !common::require("go") || !common::require("cargo") {
        return;
    }
    let s = Setup::new();
    s.cmd()
        .args(["doctor"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Ready:"))
        .stdout(predicate::str::is_match(r"ok\s+gofmt\s").unwrap())
        .stdout(predicate::str::is_match(r"ok\s+rustfmt\s").unwrap());

    // Every tool but rustfmt (found neither beside rustc nor on the PATH):
    // the editor's Ctrl-F needs it, no check does, so still ready.
    let bin = tempfile::tempdir().unwrap();
    for tool in ["go", "rustc", "cargo", "clippy-driver", "cc"] {
        let Ok(real) = which::which(tool) else {
            assert!(std::env::var_os("CI").is_none(), "{tool} is not installed");
            return;
        };
        std::os::unix::fs::symlink(real, bin.path().join(tool)).unwrap();
    }
    s.cmd()
        .env("PATH", bin.path())
        .args(["doctor"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"missing\s+rustfmt\s").unwrap())
        .stdout(predicate::str::contains("rustup component add rustfmt"))
        .stdout(predicate::str::contains("Ready:"));
}

#[test]
fn prepare_builds_the_crate_cache() {
    if !common::require("cargo") || !common::require("go") {
        return;
    }
    let s = Setup::new();
    s.cmd()
        .args(["prepare"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Ready"));
    s.cmd()
        .args(["doctor"])
        .assert()
        .success()
        .stdout(predicate::str::contains("prepared (").and(predicate::str::contains("offline")));
}

#[test]
fn a_changed_starter_updates_untouched_copies_and_never_edited_ones() {
    let pack = tempfile::tempdir().unwrap();
    common::copy_dir(&common::fixture_path("packs/valid"), pack.path());
    let s = Setup {
        workspace: tempfile::tempdir().unwrap(),
        pack: pack.path().to_path_buf(),
    };
    let copy = s.path_of("basics-sum-go");
    let starter = pack.path().join("basics/sum.go");

    // A new edition of the pack changes the starter: an untouched copy follows.
    let v2 = common::fixture("packs/valid/basics/sum.go").replace("sum := 0", "sum := 0 // v2");
    std::fs::write(&starter, &v2).unwrap();
    s.cmd().arg("list").assert().success();
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), v2);

    // Once the learner edits it, no edition touches it again.
    std::fs::write(&copy, "// mine\n").unwrap();
    std::fs::write(&starter, v2.replace("v2", "v3")).unwrap();
    s.cmd().arg("list").assert().success();
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), "// mine\n");
}

/// Go has no error codes: the page whose `explains_go` message the build
/// output contains is named, in text and in JSON (`message`, `code` null).
#[test]
fn a_go_build_failure_points_to_the_page_that_explains_its_message() {
    if !common::require("go") {
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let gorust = || {
        let mut cmd = Command::cargo_bin("gorust").unwrap();
        cmd.arg("--workspace")
            .arg(workspace.path())
            .env("GORUST_CACHE_DIR", cache_dir())
            .env("NO_COLOR", "1");
        cmd
    };
    let list = gorust().args(["list", "--json"]).output().unwrap();
    let list: Value = serde_json::from_slice(&list.stdout).unwrap();
    let exercise = list["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["exercises"].as_array().unwrap())
        .find(|e| e["id"] == "syntax-wallet")
        .unwrap();
    assert_eq!(exercise["lang"], "go");
    let path = PathBuf::from(exercise["path"].as_str().unwrap());
    std::fs::write(&path, "package main\n\nfunc main() {\n\tbalance := 10\n}\n").unwrap();
    let out = gorust()
        .args(["check", "syntax-wallet", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["verdict"], "compile-error", "{v:#}");
    let first = &v["explained_by"][0];
    assert_eq!(first["message"], "declared and not used", "{v:#}");
    assert_eq!(first["code"], Value::Null);
    assert_eq!(first["lesson"], "syntax");
    assert_eq!(first["page"], 0);
    gorust()
        .args(["check", "syntax-wallet"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "“declared and not used” is explained in lesson `syntax`, page 1: Variables and zero values",
        ));
}
