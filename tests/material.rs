//! Material brought from elsewhere: several test files, data files, a
//! learner's own `mod tests`, upstream tests that lint would flag, test
//! exercises without `main` opened in an editor. Real binary, real
//! toolchains, the fixture pack in tests/fixtures/material.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use assert_cmd::Command;
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
            pack: common::fixture_path("material"),
        }
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("gorust").unwrap();
        cmd.arg("--workspace")
            .arg(self.workspace.path())
            .arg("--lessons")
            .arg(&self.pack)
            .env("GORUST_CACHE_DIR", cache_dir())
            .env("NO_COLOR", "1")
            .env_remove("RUST_BACKTRACE");
        cmd
    }

    /// `check --json`, whatever its exit code.
    fn check(&self, id: &str) -> Value {
        let out = self.cmd().args(["check", "--json", id]).output().unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "check {id}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The learner's main file of an exercise (created by the check's
    /// first run, or by `list`).
    fn main_file(&self, id: &str) -> PathBuf {
        let list = self.json(&["list", "--json"]);
        list["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|l| l["exercises"].as_array().unwrap())
            .find(|e| e["id"] == id)
            .map(|e| PathBuf::from(e["path"].as_str().unwrap()))
            .unwrap()
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

    /// Writes a fixture over the learner's file `name` of exercise `id`.
    fn write(&self, id: &str, name: &str, fixture: &str) {
        let dir = self.main_file(id).parent().unwrap().to_path_buf();
        std::fs::write(
            dir.join(name),
            common::fixture(&format!("material/{fixture}")),
        )
        .unwrap();
    }
}

fn cache_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("gorust-cache")
}

/// Every text of a verdict the learner may read, in one string.
fn shown(verdict: &Value) -> String {
    format!(
        "{}\n{}\n{}",
        verdict["outcome"], verdict["stdout"], verdict["stderr"]
    )
}

fn outcome(verdict: &Value) -> &str {
    verdict["verdict"].as_str().unwrap()
}

// ------------------------------------------- a learner's own `mod tests`

#[test]
fn a_learners_own_tests_module_does_not_clash_with_the_packs_tests() {
    if !common::require("rustc") {
        return;
    }
    let setup = Setup::new();
    let id = "suites-own-tests";
    let starter = setup.check(id);
    assert_eq!(outcome(&starter), "tests-failed", "{starter:#}");
    let text = shown(&starter);
    assert!(!text.contains("E0428"), "{text}");
    // The failure names the pack's test file, relative to the exercise
    // folder, and that file is there beside the learner's copy.
    assert!(text.contains("panicked at own_test.rs:10:5"), "{text}");
    let dir = setup.main_file(id).parent().unwrap().to_path_buf();
    let test_file = dir.join("own_test.rs");
    assert_eq!(
        std::fs::read_to_string(&test_file).unwrap(),
        common::fixture("material/suites/own_test.rs")
    );
    assert!(
        std::fs::metadata(&test_file)
            .unwrap()
            .permissions()
            .readonly()
    );
    // The learner's own tests run too, beside the pack's.
    assert!(text.contains("test tests::doubles_two ... ok"), "{text}");

    // An unclosed brace (a file saved half-typed) is reported at a line the
    // learner's file has, not at gorust's test-module line after it.
    setup.write(id, "own.rs", "suites/own.unclosed.rs");
    let unclosed = setup.check(id);
    assert_eq!(outcome(&unclosed), "compile-error", "{unclosed:#}");
    let text = shown(&unclosed);
    assert!(text.contains("own.rs:2:11"), "{text}");
    assert!(!text.contains("own_test"), "{text}");

    setup.write(id, "own.rs", "suites/own.solution.rs");
    let solved = setup.check(id);
    assert_eq!(outcome(&solved), "passed", "{solved:#}");
}

#[test]
fn no_diagnostic_names_a_path_into_the_cache() {
    if !common::require("rustc") || !common::require("go") {
        return;
    }
    let setup = Setup::new();
    let cache = cache_dir().display().to_string();
    let workspace = setup.workspace.path().display().to_string();
    for (id, broken, expected, place) in [
        (
            "suites-own-tests",
            "suites/own.broken.rs",
            "compile-error",
            "own.rs:2:5",
        ),
        (
            "nomain-go",
            "nomain/scale.broken.go",
            "compile-error",
            "scale.go:5:9",
        ),
    ] {
        let name = Path::new(broken).file_name().unwrap().to_str().unwrap();
        let target = name.replace(".broken", "");
        setup.check(id);
        setup.write(id, &target, broken);
        let verdict = setup.check(id);
        assert_eq!(outcome(&verdict), expected, "{verdict:#}");
        let text = shown(&verdict);
        assert!(text.contains(place), "{id}: {text}");
        assert!(!text.contains(&cache), "{id}: {text}");
        assert!(!text.contains(&workspace), "{id}: {text}");
    }
}

// ------------------------------------------------------------ data files

/// The learner's copy of a page program that reads a data file gets the
/// file beside it (read-only), as an exercise's copy does, so it runs the
/// same from the playground folder.
#[test]
fn a_page_programs_playground_copy_has_its_data_files_beside_it() {
    let root = tempfile::tempdir().unwrap();
    let loaded = gorust::pack::load_dir(&common::fixture_path("material"));
    let engine = gorust::engine::Engine::with_pack(loaded, root.path()).unwrap();
    for lang in [gorust::Lang::Go, gorust::Lang::Rust] {
        let program = gorust::engine::PageProgram {
            lesson: "data".into(),
            page: 0,
            lang,
        };
        let copy = engine.playground_file(&program).unwrap();
        let dir = copy.parent().unwrap();
        assert!(
            dir.ends_with(format!("playground/data/1-{}", lang.key())),
            "{}",
            dir.display()
        );
        let data = dir.join("input.txt");
        let expected = std::fs::read(common::fixture_path("material/data/input.txt")).unwrap();
        assert_eq!(std::fs::read(&data).unwrap(), expected, "{lang}");
        assert!(std::fs::metadata(&data).unwrap().permissions().readonly());
        // A second call keeps the learner's edit.
        std::fs::write(&copy, "// mine\n").unwrap();
        engine.playground_file(&program).unwrap();
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), "// mine\n");
    }
}

#[test]
fn a_data_file_is_read_by_go_and_rust_programs() {
    if !common::require("rustc") || !common::require("go") {
        return;
    }
    // Page programs, through the engine (the `r` key of the lesson view).
    let root = tempfile::tempdir().unwrap();
    let loaded = gorust::pack::load_dir(&common::fixture_path("material"));
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let engine = gorust::engine::Engine::with_pack(loaded, root.path()).unwrap();
    for lang in [gorust::Lang::Go, gorust::Lang::Rust] {
        let verdict = engine
            .run_snippet(
                &gorust::engine::SnippetRun {
                    program: gorust::engine::PageProgram {
                        lesson: "data".into(),
                        page: 0,
                        lang,
                    },
                    optimize: false,
                    source: gorust::engine::SnippetSource::Pack,
                },
                &gorust::runner::NoEvents,
                &gorust::runner::CancelToken::new(),
            )
            .unwrap();
        assert!(verdict.passed(), "{lang}: {verdict:?}");
        assert_eq!(verdict.stdout, "3 lines\n", "{lang}");
    }

    // Exercises: the starter reads the file (25 bytes) and is wrong; the
    // solutions read it and pass, the Rust one against the live output of
    // the Go reference, which reads the same file.
    let setup = Setup::new();
    let starter = setup.check("data-go");
    assert_eq!(outcome(&starter), "wrong-output", "{starter:#}");
    assert!(shown(&starter).contains("25 words"), "{starter:#}");
    setup.write("data-go", "words.go", "data/words.solution.go");
    assert_eq!(outcome(&setup.check("data-go")), "passed");
    setup.write("data-rust", "words.rs", "data/words.solution.rs");
    let rust = setup.check("data-rust");
    assert_eq!(outcome(&rust), "passed", "{rust:#}");

    // In the workspace the data sits beside the learner's copy, read-only,
    // so `go run .` from the exercise folder reads it too.
    let dir = setup.main_file("data-go").parent().unwrap().to_path_buf();
    let data = dir.join("testdata/words.txt");
    assert_eq!(
        std::fs::read(&data).unwrap(),
        std::fs::read(common::fixture_path("material/data/testdata/words.txt")).unwrap()
    );
    assert!(std::fs::metadata(&data).unwrap().permissions().readonly());
    let out = std::process::Command::new("go")
        .args(["run", "."])
        .current_dir(&dir)
        .env("GOFLAGS", "-mod=mod")
        .env("GOTOOLCHAIN", "local")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "5 words\n", "{out:?}");
}

// ------------------------------------------------------ several test files

#[test]
fn a_go_suite_of_two_test_files_runs_whole_in_gorust_and_in_the_workspace() {
    if !common::require("go") {
        return;
    }
    let setup = Setup::new();
    let id = "suites-go-two";
    let starter = setup.check(id);
    assert_eq!(outcome(&starter), "tests-failed", "{starter:#}");
    // The failure comes from hamming_test.go, with a case from cases_test.go.
    let text = shown(&starter);
    assert!(
        text.contains(r#"hamming_test.go:8: Distance(\"GATT\", \"CATA\") = 0, want 2"#),
        "{text}"
    );
    let dir = setup.main_file(id).parent().unwrap().to_path_buf();
    for name in ["hamming_test.go", "cases_test.go"] {
        assert!(dir.join(name).is_file(), "{name} beside the learner's copy");
    }
    // `go test ./<exercise>/` from the workspace runs the same suite.
    let go_test = |dir: &Path| {
        std::process::Command::new("go")
            .args(["test", &format!("./{id}/")])
            .current_dir(dir)
            .env("GOFLAGS", "-mod=mod")
            .env("GOTOOLCHAIN", "local")
            .output()
            .unwrap()
    };
    let workspace = dir.parent().unwrap();
    let out = go_test(workspace);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("want 2"),
        "{out:?}"
    );

    setup.write(id, "hamming.go", "suites/hamming.solution.go");
    assert_eq!(outcome(&setup.check(id)), "passed");
    let out = go_test(workspace);
    assert!(out.status.success(), "{out:?}");
}

// ------------------------------------------------------------ lint scope

#[test]
fn the_packs_own_tests_are_not_linted_the_learners_code_is() {
    if !common::require("go") || !common::require("clippy") {
        return;
    }
    let setup = Setup::new();
    // The solutions pass with lint on, although go vet and clippy flag the
    // upstream test files (validate runs every program of the pack).
    let out = setup
        .cmd()
        .arg("validate")
        .arg(&setup.pack)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // What the learner writes is still linted, findings at their place.
    for (id, file, fixture, place) in [
        (
            "upstream-go",
            "halve.go",
            "upstream/halve.vet.go",
            "halve.go:6:2: unreachable code",
        ),
        (
            "upstream-rust",
            "halve.rs",
            "upstream/halve.clippy.rs",
            "halve.rs:4:5",
        ),
    ] {
        setup.check(id);
        setup.write(id, file, fixture);
        let verdict = setup.check(id);
        assert_eq!(outcome(&verdict), "lint-failed", "{verdict:#}");
        let text = shown(&verdict);
        assert!(text.contains(place), "{id}: {text}");
        assert!(!text.contains("halve_test"), "{id}: {text}");
    }
}

// ----------------------------------------- the workspace agrees with check

fn tool(program: &str, args: &[&str], dir: &Path) -> std::process::Output {
    std::process::Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("GOFLAGS", "-mod=mod")
        .env("GOTOOLCHAIN", "local")
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .unwrap()
}

fn clean(out: &std::process::Output) -> bool {
    let stderr = String::from_utf8_lossy(&out.stderr);
    out.status.success() && !stderr.contains("warning") && !stderr.contains("error")
}

#[test]
fn test_exercises_without_main_build_cleanly_in_the_workspace() {
    if !common::require("go") || !common::require("cargo") {
        return;
    }
    // The test exercises without main, alone in a pack.
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    common::copy_dir(&common::fixture_path("material"), &pack);
    let yaml = std::fs::read_to_string(pack.join("pack.yaml")).unwrap();
    let lessons = yaml.find("lessons:").unwrap();
    std::fs::write(
        pack.join("pack.yaml"),
        format!("{}lessons:\n  - nomain\n", &yaml[..lessons]),
    )
    .unwrap();
    let setup = Setup {
        workspace: tempfile::tempdir().unwrap(),
        pack,
    };
    let dir = setup
        .main_file("nomain-rust")
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();

    // What an editor runs: no missing `main`, no false error or warning.
    let check = tool("cargo", &["check", "--all-targets", "--offline"], &dir);
    assert!(clean(&check), "{check:?}");
    let vet = tool("go", &["vet", "./..."], &dir);
    assert!(clean(&vet), "{vet:?}");
    // A package of its own (as imported suites have) builds too.
    let build = tool("go", &["build", "./nomain-go-pkg/"], &dir);
    assert!(clean(&build), "{build:?}");

    // The tests run from the workspace as gorust runs them, and fail on the
    // starters as gorust's check does.
    assert_eq!(outcome(&setup.check("nomain-go")), "tests-failed");
    let go_test = tool("go", &["test", "./nomain-go/"], &dir);
    assert!(!go_test.status.success());
    assert!(
        String::from_utf8_lossy(&go_test.stdout).contains("scale_test.go:8: Scale(1) = 1, want 3"),
        "{go_test:?}"
    );
    setup.write("nomain-rust", "scale.rs", "nomain/scale.solution.rs");
    assert_eq!(outcome(&setup.check("nomain-rust")), "passed");
    let check = tool("cargo", &["check", "--all-targets", "--offline"], &dir);
    assert!(clean(&check), "{check:?}");
}

/// A test-graded Rust exercise's copy declares its tests, so that cargo and
/// rust-analyzer compile them in the workspace as gorust's check does; a
/// learner who deletes the declaration is graded the same.
#[test]
fn the_workspace_compiles_a_rust_exercises_tests_as_the_check_does() {
    use gorust::runner::{CancelToken, NoEvents, Outcome};
    if !common::require("go") || !common::require("cargo") {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let loaded = gorust::pack::load_dir(&common::fixture_path("material"));
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let engine = gorust::engine::Engine::with_pack(loaded, root.path()).unwrap();
    engine.workspace().ensure_all_copies(engine.pack()).unwrap();
    let id = "nomain-rust";
    let scale = engine.learner_files(id).unwrap().remove(0);
    let dir = scale.parent().unwrap().parent().unwrap().to_path_buf();
    let starter = common::fixture("material/nomain/scale.rs");
    let copy = std::fs::read_to_string(&scale).unwrap();
    assert!(copy.starts_with(&starter), "{copy}");
    assert!(
        copy.ends_with("#[cfg(test)]\n#[path = \"scale_test.rs\"]\nmod scale_test;\n"),
        "{copy}"
    );
    let check = |engine: &gorust::engine::Engine| {
        engine
            .check(id, &NoEvents, &CancelToken::new())
            .unwrap()
            .outcome
    };

    // cargo sees the pack's test in the learner's target, and fails it as
    // gorust's check does.
    let list = tool(
        "cargo",
        &["test", "--offline", "--test", id, "--", "--list"],
        &dir,
    );
    assert!(
        String::from_utf8_lossy(&list.stdout).contains("scale_test::triples: test"),
        "{list:?}"
    );
    let run = tool("cargo", &["test", "--offline", "--test", id], &dir);
    assert!(!run.status.success(), "{run:?}");
    assert!(
        String::from_utf8_lossy(&run.stdout).contains("scale(1)"),
        "{run:?}"
    );
    assert!(matches!(check(&engine), Outcome::TestsFailed { .. }));

    // The test module is compiled against the learner's code: a renamed
    // function is an error in the test file, for cargo and for gorust.
    std::fs::write(&scale, copy.replace("fn scale(", "fn scaled(")).unwrap();
    let broken = tool("cargo", &["check", "--all-targets", "--offline"], &dir);
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(!broken.status.success(), "{broken:?}");
    assert!(stderr.contains("E0425"), "{stderr}");
    assert!(stderr.contains("scale_test.rs"), "{stderr}");
    match check(&engine) {
        Outcome::CompileError { codes, .. } => assert_eq!(codes, ["E0425"]),
        other => panic!("{other:?}"),
    }

    // The solution passes with the declaration and without it (the
    // learner deleted it: gorust adds the tests itself).
    let solution = common::fixture("material/nomain/scale.solution.rs");
    let declaration = &copy[starter.len()..];
    for text in [format!("{solution}{declaration}"), solution.clone()] {
        std::fs::write(&scale, &text).unwrap();
        assert_eq!(check(&engine), Outcome::Passed, "{text}");
    }
    // The reference is shown as the learner's file holds it: a copy that
    // kept the declaration differs from it in nothing.
    std::fs::write(&scale, format!("{solution}{declaration}")).unwrap();
    let reference = engine.solution(id, true).unwrap().remove(0);
    assert_eq!(reference.diff(), Vec::new(), "{reference:?}");
    // A declaration in a comment declares nothing: the tests still run.
    std::fs::write(
        &scale,
        format!("{starter}// #[path = \"scale_test.rs\"] mod scale_test;\n"),
    )
    .unwrap();
    assert!(matches!(check(&engine), Outcome::TestsFailed { .. }));

    // A reset gives the starter as it was first copied, declaration and all.
    engine.reset(id).unwrap();
    assert_eq!(std::fs::read_to_string(&scale).unwrap(), copy);

    // A copy an older gorust made (no declaration): untouched, it follows
    // the starter; edited, it is left as the learner wrote it.
    let pristine = dir.join(".starters").join(id).join("scale.rs");
    for (yours, after) in [
        (starter.clone(), copy.clone()),
        (format!("{starter}// mine\n"), format!("{starter}// mine\n")),
    ] {
        std::fs::write(&pristine, &starter).unwrap();
        std::fs::write(&scale, &yours).unwrap();
        engine.learner_files(id).unwrap();
        assert_eq!(std::fs::read_to_string(&scale).unwrap(), after);
    }

    // Go: the tests beside the copies run and vet from the workspace.
    let go_test = tool("go", &["test", "./nomain-go/"], &dir);
    assert!(
        String::from_utf8_lossy(&go_test.stdout).contains("scale_test.go:8"),
        "{go_test:?}"
    );
    // (`./...` would include upstream-go, whose test file vet flags on purpose.)
    let vet = tool("go", &["vet", "./nomain-go/", "./suites-go-two/"], &dir);
    assert!(vet.status.success(), "{vet:?}");
}

// ------------------------------------------ the same through cargo (crates)

#[test]
fn with_crates_tests_data_and_lint_scope_hold_too() {
    use gorust::runner::{CancelToken, DataFile, Expectation, NoEvents, Outcome, Program, Source};
    if !common::require("cargo") || !common::require("clippy") {
        return;
    }
    let suites = |name: &str| common::fixture(&format!("material/{name}"));
    // The learner's own `mod tests`, the pack's upstream test that clippy
    // flags, and a data file read by the test, in the shared cargo package.
    let main = format!(
        "{}\n#[allow(dead_code)]\nfn words() -> usize {{\n    std::fs::read_to_string(\"testdata/words.txt\").map_or(0, |t| t.split_whitespace().count())\n}}\n",
        suites("suites/own.solution.rs")
    );
    let mut program = Program::new(
        gorust::Lang::Rust,
        "material-cargo",
        vec![Source::new("own.rs", main)],
    );
    program.crates = vec!["tokio".into()];
    program.lint = true;
    program.tests = vec![
        Source::new("own_test.rs", suites("suites/own_test.rs")),
        Source::new(
            "words_test.rs",
            "use super::*;\n\n#[test]\nfn counts_the_words_of_the_data_file() {\n    assert_eq!(words() == 5, true);\n}\n",
        ),
    ];
    program.data = vec![DataFile {
        path: "testdata/words.txt".into(),
        contents: std::fs::read(common::fixture_path("material/data/testdata/words.txt")).unwrap(),
    }];
    let runner = gorust::runner::Runner::new(cache_dir());
    let run = |program: &Program| {
        runner.run(
            program,
            &Expectation::Success,
            &NoEvents,
            &CancelToken::new(),
        )
    };
    let verdict = run(&program);
    assert!(verdict.passed(), "{verdict:?}");
    assert!(
        verdict
            .stdout
            .contains("words_test::counts_the_words_of_the_data_file ... ok"),
        "{}",
        verdict.stdout
    );

    // An unclosed brace is reported in the learner's file, at a line it has.
    let mut unclosed = program.clone();
    unclosed.sources[0].contents = suites("suites/own.unclosed.rs");
    match run(&unclosed).outcome {
        Outcome::CompileError { diagnostics, .. } => {
            assert!(diagnostics.contains("own.rs:2:11"), "{diagnostics}");
            assert!(!diagnostics.contains("own_test"), "{diagnostics}");
        }
        other => panic!("{other:?}"),
    }

    // A wrong answer fails at the test file's own path.
    let mut wrong = program.clone();
    wrong.sources[0].contents = wrong.sources[0].contents.replace("x * 2", "x + 2");
    match run(&wrong).outcome {
        Outcome::TestsFailed { output } => {
            assert!(output.contains("panicked at own_test.rs:5:5"), "{output}")
        }
        other => panic!("{other:?}"),
    }
}

// ------------------------------------------- the pack's files stay the pack's

#[test]
fn pack_files_follow_the_pack_and_a_changed_copy_is_backed_up() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    common::copy_dir(&common::fixture_path("material"), &pack);
    let setup = Setup {
        workspace: tempfile::tempdir().unwrap(),
        pack: pack.clone(),
    };
    let dir = setup
        .main_file("suites-go-two")
        .parent()
        .unwrap()
        .to_path_buf();
    let copy = dir.join("cases_test.go");
    let original = common::fixture("material/suites/cases_test.go");
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), original);

    // A new edition of the pack: the untouched copy follows it.
    let v2 = original.replace("{\"GATT\", \"GATT\", 0},", "{\"GATT\", \"GATT\", 0}, // v2");
    std::fs::write(pack.join("suites/cases_test.go"), &v2).unwrap();
    setup.cmd().arg("list").assert().success();
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), v2);
    assert!(std::fs::metadata(&copy).unwrap().permissions().readonly());

    // The learner made the copy writable and changed it: the next edition
    // replaces it, and the learner's text is kept in .backups.
    let mut permissions = std::fs::metadata(&copy).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    permissions.set_readonly(false);
    std::fs::set_permissions(&copy, permissions).unwrap();
    std::fs::write(&copy, "// mine\n").unwrap();
    let v3 = v2.replace("v2", "v3");
    std::fs::write(pack.join("suites/cases_test.go"), &v3).unwrap();
    setup.cmd().arg("list").assert().success();
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), v3);
    let backups = dir.parent().unwrap().join(".backups/suites-go-two");
    let kept: Vec<String> = walk(&backups)
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert_eq!(kept, vec!["// mine\n".to_string()], "{backups:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

// ------------------------------------- every path relative to the exercise

#[test]
fn panics_races_and_lint_findings_name_the_learners_files_relatively() {
    use gorust::runner::{CancelToken, Expectation, NoEvents, Program, Source, Verdict};
    if !common::require("go") || !common::require("clippy") || !common::require("cc") {
        return;
    }
    let runner = gorust::runner::Runner::new(cache_dir());
    let run = |lang, name: &str, fixture: &str, file: &str, expect: Expectation| -> Verdict {
        let mut program = Program::new(
            lang,
            name,
            vec![Source::new(
                file,
                common::fixture(&format!("runner/{fixture}")),
            )],
        );
        program.race = fixture.contains("race");
        program.lint = fixture.contains("vet") || fixture.contains("clippy");
        runner.run(&program, &expect, &NoEvents, &CancelToken::new())
    };
    let cache = cache_dir().display().to_string();
    let cases = [
        (gorust::Lang::Go, "go/panic.go", "panic.go", "panic.go:"),
        (gorust::Lang::Go, "go/race.go", "race.go", "race.go:"),
        (gorust::Lang::Go, "go/vet.go", "vet.go", "vet.go:"),
        (gorust::Lang::Rust, "rust/panic.rs", "panic.rs", "panic.rs:"),
        (
            gorust::Lang::Rust,
            "rust/clippy.rs",
            "clippy.rs",
            "clippy.rs:",
        ),
    ];
    for (i, (lang, fixture, file, place)) in cases.into_iter().enumerate() {
        let verdict = run(
            lang,
            &format!("material-paths-{i}"),
            fixture,
            file,
            Expectation::Success,
        );
        assert!(!verdict.passed(), "{fixture}");
        let text = format!(
            "{:?}\n{}\n{}\n{}",
            verdict.outcome,
            verdict.build_log(),
            verdict.stdout,
            verdict.stderr()
        );
        assert!(text.contains(place), "{fixture}: {text}");
        assert!(!text.contains(&cache), "{fixture}: {text}");
        assert!(!text.contains("/stage/"), "{fixture}: {text}");
    }
}
