//! The runner's honesty against the real toolchains: memory measured alone,
//! the environment learner programs run with, the Go language version,
//! lints that cannot be silenced, ignored tests, what a timeout or a flood
//! says, and optimised builds.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::require;
use gorust::runner::{
    CancelToken, Expectation, NoEvents, Outcome, Program, Runner, Source, Verdict,
};
use gorust::{GoVersion, Lang};

fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("runner-limits-cache")
}

/// The runner as the gorust binary has it: programs started through the
/// measuring helper.
fn runner() -> Runner {
    Runner::new(cache_dir()).with_measure_helper(env!("CARGO_BIN_EXE_gorust"))
}

fn one_file(lang: Lang, name: &str, source: &str) -> Program {
    let file = match lang {
        Lang::Go => "main.go",
        Lang::Rust => "main.rs",
    };
    Program::new(lang, name, vec![Source::new(file, source)])
}

fn run_with(runner: &Runner, program: &Program, expect: &Expectation) -> Verdict {
    runner.run(program, expect, &NoEvents, &CancelToken::new())
}

fn run(program: &Program, expect: &Expectation) -> Verdict {
    run_with(&runner(), program, expect)
}

fn stdout(text: &str) -> Expectation {
    Expectation::Stdout(text.to_string())
}

fn toolchain(lang: Lang) -> bool {
    match lang {
        Lang::Go => require("go"),
        Lang::Rust => require("rustc"),
    }
}

// ------------------------------------------------------------------ memory

const GO_HELLO: &str =
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n";
const RUST_HELLO: &str = "fn main() {\n    println!(\"hello\");\n}\n";
/// Touches every page of 100 MiB, so that all of it is resident.
const GO_BIG: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tbuf := make([]byte, 100<<20)\n\tfor i := 0; i < len(buf); i += 4096 {\n\t\tbuf[i] = 1\n\t}\n\tsum := 0\n\tfor i := 0; i < len(buf); i += 4096 {\n\t\tsum += int(buf[i])\n\t}\n\tfmt.Println(sum)\n}\n";
const RUST_BIG: &str = "fn main() {\n    let buf = vec![1u8; 100 << 20];\n    let sum: usize = buf.iter().step_by(4096).map(|&b| b as usize).sum();\n    println!(\"{sum}\");\n}\n";

/// What GNU time says the program's peak is, run alone.
fn gnu_time_kib(binary: &std::path::Path) -> u64 {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(binary)
        .stdout(Stdio::null())
        .output()
        .expect("run /usr/bin/time");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stderr);
    text.lines().last().unwrap().trim().parse().unwrap()
}

/// Builds and runs the program through gorust, then runs the binary gorust
/// built under GNU time; the two figures must agree within 25% or 1 MiB.
fn memory_agrees(lang: Lang, name: &str, source: &str, output: &str) -> (u64, u64) {
    let verdict = run(&one_file(lang, name, source), &stdout(output));
    assert_eq!(verdict.outcome, Outcome::Passed, "{verdict:?}");
    let ours = verdict
        .metrics
        .peak_memory_kib
        .expect("peak memory measured");
    // Both back ends leave the program as `prog` in its stage directory.
    let binary = cache_dir().join("stage").join(name).join("prog");
    assert!(binary.is_file(), "{}", binary.display());
    let kernel = gnu_time_kib(&binary);
    let diff = ours.abs_diff(kernel);
    eprintln!("{name}: gorust {ours} KiB, GNU time {kernel} KiB");
    assert!(
        diff <= 1024 || diff * 4 <= kernel,
        "{name}: gorust says {ours} KiB, GNU time {kernel} KiB"
    );
    (ours, kernel)
}

#[test]
fn small_programs_are_measured_alone() {
    if !require("time") {
        return;
    }
    if toolchain(Lang::Go) {
        let (ours, _) = memory_agrees(Lang::Go, "limits-mem-go-small", GO_HELLO, "hello");
        // Not gorust's own size (it used to say 12-17 MB here).
        assert!(ours < 6 * 1024, "{ours} KiB");
    }
    if toolchain(Lang::Rust) {
        let (ours, _) = memory_agrees(Lang::Rust, "limits-mem-rust-small", RUST_HELLO, "hello");
        assert!(ours < 6 * 1024, "{ours} KiB");
    }
}

#[test]
fn a_program_touching_100_mb_is_measured_at_its_size() {
    if !require("time") {
        return;
    }
    if toolchain(Lang::Go) {
        let (ours, _) = memory_agrees(Lang::Go, "limits-mem-go-big", GO_BIG, "25600");
        assert!(ours > 100 * 1024, "{ours} KiB");
    }
    if toolchain(Lang::Rust) {
        let (ours, _) = memory_agrees(Lang::Rust, "limits-mem-rust-big", RUST_BIG, "25600");
        assert!(ours > 100 * 1024, "{ours} KiB");
    }
}

#[test]
fn without_the_helper_no_memory_figure_is_claimed() {
    if !toolchain(Lang::Go) {
        return;
    }
    let plain = Runner::new(cache_dir());
    let program = one_file(Lang::Go, "limits-mem-go-plain", GO_HELLO);
    let verdict = run_with(&plain, &program, &stdout("hello"));
    assert_eq!(verdict.outcome, Outcome::Passed, "{verdict:?}");
    assert_eq!(verdict.metrics.peak_memory_kib, None);
}

// --------------------------------------------------------------- race env

const GO_RACE_ENV: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(os.Getenv(\"GORACE\"))\n}\n";

#[test]
fn race_programs_do_not_sleep_at_exit() {
    if !toolchain(Lang::Go) || !require("cc") {
        return;
    }
    let mut program = one_file(Lang::Go, "limits-race-env", GO_RACE_ENV);
    program.race = true;
    let verdict = run(&program, &stdout("atexit_sleep_ms=0"));
    assert_eq!(verdict.outcome, Outcome::Passed, "{verdict:?}");
    // Options gorust was given are kept, ours comes last and wins.
    let with_options = runner().with_env("GORACE", "halt_on_error=1");
    let verdict = run_with(
        &with_options,
        &program,
        &stdout("halt_on_error=1 atexit_sleep_ms=0"),
    );
    assert_eq!(verdict.outcome, Outcome::Passed, "{verdict:?}");
    // Measured, not asserted (no timed assertions): a second less than before.
    eprintln!(
        "race-built program run time: {:?}",
        verdict.metrics.run_time
    );
}

// ------------------------------------------------------------- backtraces

#[test]
fn a_learners_rust_backtrace_setting_does_not_flood_the_result() {
    if !toolchain(Lang::Rust) {
        return;
    }
    let learner = runner().with_env("RUST_BACKTRACE", "1");
    let program = one_file(
        Lang::Rust,
        "limits-backtrace",
        "fn main() {\n    let v: Vec<i32> = Vec::new();\n    println!(\"{}\", v[3]);\n}\n",
    );
    let verdict = run_with(&learner, &program, &Expectation::Success);
    match &verdict.outcome {
        Outcome::RuntimeError {
            panicked: true,
            stderr,
            ..
        } => {
            assert!(stderr.contains("index out of bounds"), "{stderr}");
            assert!(!stderr.contains("stack backtrace"), "{stderr}");
        }
        other => panic!("{other:?}"),
    }
}

// -------------------------------------------------------------- go version

const GO_RANGE_FUNC: &str = "package main\n\nimport \"fmt\"\n\nfunc count(yield func(int) bool) {\n\tfor i := 1; i <= 3; i++ {\n\t\tif !yield(i) {\n\t\t\treturn\n\t\t}\n\t}\n}\n\nfunc main() {\n\tfor n := range count {\n\t\tfmt.Println(n)\n\t}\n}\n";

#[test]
fn the_go_version_decides_what_compiles() {
    if !toolchain(Lang::Go) {
        return;
    }
    let mut program = one_file(Lang::Go, "limits-range-func", GO_RANGE_FUNC);
    program.go_version = GoVersion::parse("1.23").unwrap();
    let verdict = run(&program, &stdout("1\n2\n3"));
    assert_eq!(verdict.outcome, Outcome::Passed, "{verdict:?}");

    program.go_version = GoVersion::MIN;
    let verdict = run(&program, &stdout("1\n2\n3"));
    match &verdict.outcome {
        Outcome::CompileError { diagnostics, .. } => {
            assert!(diagnostics.contains("go1.23"), "{diagnostics}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_go_newer_than_the_toolchain_is_a_toolchain_verdict() {
    if !toolchain(Lang::Go) {
        return;
    }
    let mut program = one_file(Lang::Go, "limits-go-future", GO_HELLO);
    program.go_version = GoVersion::parse("1.99").unwrap();
    let verdict = run(&program, &stdout("hello"));
    match &verdict.outcome {
        Outcome::ToolchainMissing { tool, help } => {
            assert_eq!(tool, "go 1.99");
            assert!(help.contains("needs Go 1.99 or newer"), "{help}");
            assert!(help.contains("go version says go1."), "{help}");
        }
        other => panic!("{other:?}"),
    }
    assert!(verdict.outcome.is_inconclusive());
}

// -------------------------------------------------------------------- lint

const MANUAL_MAP: &str = "fn next(x: Option<i32>) -> Option<i32> {\n    ATTR\n    match x {\n        Some(v) => Some(v + 1),\n        None => None,\n    }\n}\n\nfn main() {\n    println!(\"{:?}\", next(Some(1)));\n}\n";

#[test]
fn a_learner_cannot_silence_the_lint_an_exercise_checks() {
    if !toolchain(Lang::Rust) || !require("clippy") {
        return;
    }
    let cases = [
        (
            "limits-lint-allow",
            MANUAL_MAP.replace("ATTR", "#[allow(clippy::manual_map)]"),
        ),
        (
            "limits-lint-expect",
            MANUAL_MAP.replace("ATTR", "#[expect(clippy::manual_map)]"),
        ),
        (
            "limits-lint-allow-all",
            format!("#![allow(clippy::all)]\n{}", MANUAL_MAP.replace("ATTR", "")),
        ),
    ];
    for (name, source) in cases {
        let mut program = one_file(Lang::Rust, name, &source);
        program.lint = true;
        let verdict = run(&program, &stdout("Some(2)"));
        match &verdict.outcome {
            Outcome::LintFailed { diagnostics } => {
                assert!(diagnostics.contains("manual_map"), "{name}: {diagnostics}")
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    // The fix passes.
    let fixed = "fn next(x: Option<i32>) -> Option<i32> {\n    x.map(|v| v + 1)\n}\n\nfn main() {\n    println!(\"{:?}\", next(Some(1)));\n}\n";
    let mut program = one_file(Lang::Rust, "limits-lint-fixed", fixed);
    program.lint = true;
    let verdict = run(&program, &stdout("Some(2)"));
    assert_eq!(verdict.outcome, Outcome::Passed, "{verdict:?}");
}

// ----------------------------------------------------------- ignored tests

#[test]
fn an_ignored_failing_test_fails_the_check() {
    if !toolchain(Lang::Rust) {
        return;
    }
    let mut program = one_file(
        Lang::Rust,
        "limits-ignored",
        "pub fn double(x: i32) -> i32 {\n    x * 3\n}\n\nfn main() {}\n",
    );
    program.tests = vec![Source::new(
        "double_test.rs",
        "use super::*;\n\n#[test]\nfn zero() {\n    assert_eq!(double(0), 0);\n}\n\n#[test]\n#[ignore]\nfn two() {\n    assert_eq!(double(2), 4);\n}\n",
    )];
    let verdict = run(&program, &Expectation::Success);
    match &verdict.outcome {
        Outcome::TestsFailed { output } => assert!(output.contains("two"), "{output}"),
        other => panic!("{other:?}"),
    }
}

// ------------------------------------------------------ timeouts and floods

#[test]
fn a_timed_out_go_test_is_named_with_its_last_output() {
    if !toolchain(Lang::Go) {
        return;
    }
    let mut program = one_file(
        Lang::Go,
        "limits-go-slow-test",
        "package main\n\nfunc main() {}\n",
    );
    program.tests = vec![Source::new(
        "main_test.go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"testing\"\n\t\"time\"\n)\n\nfunc TestFast(t *testing.T) {}\n\nfunc TestSlow(t *testing.T) {\n\tfmt.Println(\"slow starting\")\n\tfor {\n\t\ttime.Sleep(10 * time.Millisecond)\n\t}\n}\n",
    )];
    program.timeout = Duration::from_secs(2);
    let verdict = run(&program, &Expectation::Success);
    match &verdict.outcome {
        Outcome::TimedOut {
            after,
            running_test,
            last_output,
        } => {
            assert_eq!(*after, Duration::from_secs(2));
            assert_eq!(running_test.as_deref(), Some("TestSlow"));
            assert!(last_output.ends_with("slow starting"), "{last_output}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_timed_out_rust_test_is_named() {
    if !toolchain(Lang::Rust) {
        return;
    }
    let mut program = one_file(Lang::Rust, "limits-rust-slow-test", "fn main() {}\n");
    program.tests = vec![Source::new(
        "slow_test.rs",
        "#[test]\nfn a_fast() {}\n\n#[test]\nfn b_slow() {\n    loop {\n        std::thread::sleep(std::time::Duration::from_millis(10));\n    }\n}\n",
    )];
    program.timeout = Duration::from_secs(2);
    let verdict = run(&program, &Expectation::Success);
    match &verdict.outcome {
        Outcome::TimedOut {
            running_test: Some(test),
            last_output,
            ..
        } => {
            assert!(test.ends_with("b_slow"), "{test}");
            assert!(last_output.contains("a_fast ... ok"), "{last_output}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_flood_shows_how_it_began_and_ended() {
    if !toolchain(Lang::Go) {
        return;
    }
    let capped = runner().with_output_cap(64 * 1024);
    let program = one_file(
        Lang::Go,
        "limits-flood",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 1; ; i++ {\n\t\tfmt.Println(\"line\", i)\n\t}\n}\n",
    );
    let verdict = run_with(&capped, &program, &Expectation::Success);
    match &verdict.outcome {
        Outcome::OutputLimit {
            first_lines,
            last_lines,
            ..
        } => {
            assert!(first_lines.starts_with("line 1\nline 2\n"), "{first_lines}");
            assert_eq!(last_lines.lines().count(), 5, "{last_lines}");
            assert!(last_lines.len() < 2000);
        }
        other => panic!("{other:?}"),
    }
}

// --------------------------------------------------------------- optimise

#[test]
fn optimize_builds_rust_without_debug_assertions() {
    if !toolchain(Lang::Rust) {
        return;
    }
    let source = "fn main() {\n    println!(\"{}\", cfg!(debug_assertions));\n}\n";
    let mut program = one_file(Lang::Rust, "limits-optimize", source);
    let verdict = run(&program, &stdout("true"));
    assert_eq!(verdict.outcome, Outcome::Passed, "{verdict:?}");
    program.optimize = true;
    let verdict = run(&program, &stdout("false"));
    assert_eq!(verdict.outcome, Outcome::Passed, "{verdict:?}");
}

// ------------------------------------------------------------------ doctor

#[test]
fn doctor_names_the_go_a_pack_needs() {
    if !toolchain(Lang::Go) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    std::fs::create_dir_all(pack.join("future")).unwrap();
    std::fs::write(
        pack.join("pack.yaml"),
        "title: Future\ngo: \"1.23\"\nlessons: [future]\n",
    )
    .unwrap();
    std::fs::write(
        pack.join("future").join("lesson.yaml"),
        "id: future\ntitle: Future\nsummary: Go from the future.\ngo: \"1.99\"\npages:\n  - title: Soon\n    text: Not yet.\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gorust"))
        .arg("--workspace")
        .arg(tmp.path().join("ws"))
        .arg("--lessons")
        .arg(&pack)
        .arg("doctor")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("it needs Go 1.99 (lesson future)"),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Not ready"), "{text}");
    assert_eq!(out.status.code(), Some(1), "{text}");
}

// ------------------------------------------------------- wiring from a pack

#[test]
fn a_lessons_go_version_and_optimize_reach_the_build() {
    if !toolchain(Lang::Go) || !toolchain(Lang::Rust) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    let lesson = pack.join("modern");
    std::fs::create_dir_all(&lesson).unwrap();
    std::fs::write(pack.join("pack.yaml"), "title: Modern\nlessons: [modern]\n").unwrap();
    std::fs::write(
        lesson.join("lesson.yaml"),
        "id: modern\ntitle: Modern\nsummary: Newer Go, faster Rust.\ngo: \"1.23\"\npages:\n  - title: Iterators\n    text: Range over a function.\n    go: count.go\nexercises:\n  - id: modern-count\n    title: Count\n    lang: go\n    task: Print 1 to 3.\n    file: count_start.go\n    solution: count.go\n    stdout: \"1\\n2\\n3\"\n  - id: modern-fast\n    title: Fast\n    lang: rust\n    task: Build optimised.\n    file: fast_start.rs\n    solution: fast.rs\n    optimize: true\n    stdout: \"false\"\n",
    )
    .unwrap();
    std::fs::write(lesson.join("count.go"), GO_RANGE_FUNC).unwrap();
    std::fs::write(
        lesson.join("count_start.go"),
        "package main\n\nfunc main() {}\n",
    )
    .unwrap();
    std::fs::write(lesson.join("fast_start.rs"), "fn main() {}\n").unwrap();
    std::fs::write(
        lesson.join("fast.rs"),
        "fn main() {\n    println!(\"{}\", cfg!(debug_assertions));\n}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gorust"))
        .arg("--workspace")
        .arg(tmp.path().join("ws"))
        .arg("validate")
        .arg(&pack)
        .arg("--json")
        .env("GORUST_CACHE_DIR", cache_dir())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let json: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(json["ok"], true, "{json:#}");
    assert_eq!(out.status.code(), Some(0));
    // The learner's workspace module says the version too.
    let ws = Command::new(env!("CARGO_BIN_EXE_gorust"))
        .arg("--workspace")
        .arg(tmp.path().join("ws"))
        .arg("--lessons")
        .arg(&pack)
        .arg("list")
        .output()
        .unwrap();
    assert!(ws.status.success());
    let go_mod = walk_find(&tmp.path().join("ws"), "go.mod").expect("a workspace go.mod");
    assert!(
        std::fs::read_to_string(&go_mod)
            .unwrap()
            .contains("go 1.23"),
        "{}",
        go_mod.display()
    );
}

fn walk_find(dir: &std::path::Path, name: &str) -> Option<PathBuf> {
    for entry in std::fs::read_dir(dir).ok()? {
        let path = entry.ok()?.path();
        if path.file_name().is_some_and(|n| n == name) {
            return Some(path);
        }
        if path.is_dir()
            && let Some(found) = walk_find(&path, name)
        {
            return Some(found);
        }
    }
    None
}
