//! The runner against the real toolchains, one fixture program per behaviour.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use common::{fixture, require};
use gorust::Lang;
use gorust::runner::{
    CancelToken, DiffLine, DiffTag, EventSink, Expectation, NoEvents, Outcome, Phase, Program,
    RunEvent, Runner, Source, Stream, Verdict,
};

fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("runner-cache")
}

/// As the gorust binary has it: programs started through the measuring
/// helper (the built gorust), so that their memory is theirs alone.
fn runner() -> Runner {
    Runner::new(cache_dir()).with_measure_helper(env!("CARGO_BIN_EXE_gorust"))
}

/// `files` are (path in the program, fixture under tests/fixtures/runner/).
fn program(lang: Lang, name: &str, files: &[(&str, &str)]) -> Program {
    let sources = files
        .iter()
        .map(|(path, fixture_path)| Source::new(*path, fixture(&format!("runner/{fixture_path}"))))
        .collect();
    Program::new(lang, name, sources)
}

/// A one-file program, staged under the fixture's own file name.
fn single(lang: Lang, name: &str, fixture_path: &str) -> Program {
    let file_name = Path::new(fixture_path)
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    program(lang, name, &[(&file_name, fixture_path)])
}

fn with_test(mut program: Program, test_fixture: &str) -> Program {
    let file_name = Path::new(test_fixture)
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    program.tests.push(Source::new(
        file_name,
        fixture(&format!("runner/{test_fixture}")),
    ));
    program
}

fn run(program: &Program, expect: &Expectation) -> Verdict {
    runner().run(program, expect, &NoEvents, &CancelToken::new())
}

fn stdout(text: &str) -> Expectation {
    Expectation::Stdout(text.to_string())
}

fn compile_error(codes: &[&str]) -> Expectation {
    Expectation::CompileError {
        codes: codes.iter().map(|c| c.to_string()).collect(),
    }
}

fn toolchain(lang: Lang) -> bool {
    match lang {
        Lang::Go => require("go"),
        Lang::Rust => require("rustc"),
    }
}

/// Records events with the moment they arrived; can hand the first line
/// that starts with `watch` to another thread.
struct Recorder {
    events: Mutex<Vec<(Instant, RunEvent)>>,
    watch: Option<(&'static str, Mutex<mpsc::Sender<String>>)>,
}

impl Recorder {
    fn new() -> Recorder {
        Recorder {
            events: Mutex::new(Vec::new()),
            watch: None,
        }
    }

    fn watching(prefix: &'static str, tx: mpsc::Sender<String>) -> Recorder {
        Recorder {
            events: Mutex::new(Vec::new()),
            watch: Some((prefix, Mutex::new(tx))),
        }
    }

    fn events(&self) -> Vec<RunEvent> {
        self.events
            .lock()
            .unwrap()
            .iter()
            .map(|(_, e)| e.clone())
            .collect()
    }

    fn started(&self, phase: Phase) -> Instant {
        self.events
            .lock()
            .unwrap()
            .iter()
            .find(|(_, e)| *e == RunEvent::PhaseStarted(phase))
            .map(|(at, _)| *at)
            .unwrap_or_else(|| panic!("no {phase:?} phase"))
    }
}

impl EventSink for Recorder {
    fn event(&self, event: RunEvent) {
        if let (Some((prefix, tx)), RunEvent::Output { line, .. }) = (&self.watch, &event)
            && line.starts_with(prefix)
        {
            let _ = tx.lock().unwrap().send(line.clone());
        }
        self.events.lock().unwrap().push((Instant::now(), event));
    }
}

/// The number after `prefix` on the first line that has it.
fn number_after(prefix: &str, text: &str) -> i32 {
    text.lines()
        .find_map(|line| line.strip_prefix(prefix))
        .and_then(|rest| rest.trim().parse().ok())
        .unwrap_or_else(|| panic!("no `{prefix}N` line in {text:?}"))
}

/// No process of the group is left (kill(-pgid, 0) fails with ESRCH).
fn group_is_gone(pgid: i32) -> bool {
    // SAFETY: signal 0 only checks that the group exists.
    let result = unsafe { libc::kill(-pgid, 0) };
    result == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
}

/// Dead: gone, or a zombie waiting for a reaper that is not ours (orphans
/// are re-parented to init, which may reap them late).
fn process_is_dead(pid: i32) -> bool {
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let dead = match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Err(_) => true,
            Ok(stat) => stat
                .rsplit_once(')')
                .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        };
        if dead || Instant::now() > deadline {
            return dead;
        }
        thread::sleep(Duration::from_millis(20));
    }
}

fn assert_outcome_passed(verdict: &Verdict) {
    assert!(
        verdict.passed(),
        "expected Passed, got {:?}\nbuild log:\n{}\nstdout:\n{}\nstderr:\n{}",
        verdict.outcome,
        verdict.build_log(),
        verdict.stdout,
        verdict.stderr()
    );
}

// ---------------------------------------------------------------- passing

fn passes_with_metrics_and_events(lang: Lang, name: &str, fixture_path: &str, first_line: &str) {
    let program = single(lang, name, fixture_path);
    let recorder = Recorder::new();
    let expected = format!("{first_line}\n  indented\n");
    let verdict = runner().run(&program, &stdout(&expected), &recorder, &CancelToken::new());
    assert_outcome_passed(&verdict);
    assert_eq!(verdict.stdout, expected);
    let metrics = &verdict.metrics;
    assert!(metrics.build_time.is_some() && metrics.run_time.is_some());
    assert!(
        metrics.binary_size.is_some_and(|size| size > 10_000),
        "{metrics:?}"
    );
    assert!(
        metrics.peak_memory_kib.is_some_and(|kib| kib > 100),
        "{metrics:?}"
    );

    let events = recorder.events();
    let position = |wanted: &RunEvent| events.iter().position(|e| e == wanted);
    let build = position(&RunEvent::PhaseStarted(Phase::Build)).expect("build started");
    let run = position(&RunEvent::PhaseStarted(Phase::Run)).expect("run started");
    let line = position(&RunEvent::Output {
        stream: Stream::Stdout,
        line: first_line.to_string(),
    })
    .expect("output line streamed");
    assert!(build < run && run < line, "{events:?}");
    assert!(events.iter().any(|e| matches!(
        e,
        RunEvent::PhaseFinished {
            phase: Phase::Run,
            ..
        }
    )));
}

#[test]
fn go_passes() {
    if toolchain(Lang::Go) {
        passes_with_metrics_and_events(Lang::Go, "runner-go-hello", "go/hello.go", "hello, go");
    }
}

#[test]
fn rust_passes() {
    if toolchain(Lang::Rust) {
        passes_with_metrics_and_events(
            Lang::Rust,
            "runner-rust-hello",
            "rust/hello.rs",
            "hello, rust",
        );
    }
}

// ----------------------------------------------------------- wrong output

fn wrong_output(lang: Lang, name: &str, fixture_path: &str, actual: &str) {
    let verdict = run(
        &single(lang, name, fixture_path),
        &stdout("hello, world\n  indented\n"),
    );
    match verdict.outcome {
        Outcome::WrongOutput {
            expected,
            actual: got,
            diff,
        } => {
            assert_eq!(expected, "hello, world\n  indented");
            assert_eq!(got, format!("{actual}\n  indented"));
            let line = |tag, text: &str| DiffLine {
                tag,
                text: text.to_string(),
            };
            assert_eq!(
                diff,
                vec![
                    line(DiffTag::Delete, "hello, world"),
                    line(DiffTag::Insert, actual),
                    line(DiffTag::Equal, "  indented"),
                ]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn go_wrong_output() {
    if toolchain(Lang::Go) {
        wrong_output(Lang::Go, "runner-go-wrong", "go/hello.go", "hello, go");
    }
}

#[test]
fn rust_wrong_output() {
    if toolchain(Lang::Rust) {
        wrong_output(
            Lang::Rust,
            "runner-rust-wrong",
            "rust/hello.rs",
            "hello, rust",
        );
    }
}

// ---------------------------------------------------------- compile errors

#[test]
fn go_compile_error_names_the_learners_file() {
    if !toolchain(Lang::Go) {
        return;
    }
    let mut program = single(Lang::Go, "runner-go-compile-error", "go/compile_error.go");
    program.display_dir = Some(PathBuf::from("/home/learner/basics"));
    let verdict = run(&program, &Expectation::Success);
    match &verdict.outcome {
        Outcome::CompileError { diagnostics, codes } => {
            assert!(diagnostics.contains("undefined: total"), "{diagnostics}");
            assert!(
                diagnostics.contains("/home/learner/basics/compile_error.go:6"),
                "{diagnostics}"
            );
            assert!(!diagnostics.contains("stage"), "{diagnostics}");
            assert!(codes.is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert!(verdict.metrics.binary_size.is_none());
    // A compile error is what this snippet is meant to show.
    assert_outcome_passed(&run(&program, &compile_error(&[])));
}

/// `go build -o` of a package that is not `main` succeeds and writes an
/// archive; the learner is told their file is not a program, at its
/// package clause, rather than gorust failing to start an archive.
#[test]
fn a_go_file_that_is_not_package_main_is_a_compile_error() {
    if !toolchain(Lang::Go) {
        return;
    }
    let mut program = Program::new(
        Lang::Go,
        "runner-go-not-main",
        vec![Source::new(
            "sum.go",
            "// Sums.\npackage sum\n\nfunc Sum() int { return 6 }\n",
        )],
    );
    program.display_dir = Some(PathBuf::from("/home/learner/sum"));
    let verdict = run(&program, &Expectation::Success);
    match &verdict.outcome {
        Outcome::CompileError { diagnostics, .. } => assert!(
            diagnostics.contains("/home/learner/sum/sum.go:2:1: package sum is not a program"),
            "{diagnostics}"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn rust_compile_error_has_codes_and_rendered_diagnostics() {
    if !toolchain(Lang::Rust) {
        return;
    }
    let mut program = single(Lang::Rust, "runner-rust-compile-error", "rust/moved.rs");
    program.display_dir = Some(PathBuf::from("/home/learner/ownership"));
    let verdict = run(&program, &Expectation::Success);
    match &verdict.outcome {
        Outcome::CompileError { diagnostics, codes } => {
            assert!(codes.contains(&"E0382".to_string()), "{codes:?}");
            assert!(!diagnostics.trim().is_empty());
            assert!(diagnostics.contains("E0382"));
            assert!(
                diagnostics.contains("/home/learner/ownership/moved.rs:4"),
                "{diagnostics}"
            );
            assert!(diagnostics.contains('\u{1b}'), "ANSI colours are kept");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(verdict.error_codes(), vec!["E0382"]);
    assert_eq!(
        verdict.build_log(),
        match &verdict.outcome {
            Outcome::CompileError { diagnostics, .. } => diagnostics.clone(),
            _ => unreachable!(),
        }
    );
}

#[test]
fn rust_compile_error_expectations() {
    if !toolchain(Lang::Rust) {
        return;
    }
    let moved = single(Lang::Rust, "runner-rust-expect-compile", "rust/moved.rs");
    assert_outcome_passed(&run(&moved, &compile_error(&["E0382"])));
    match run(&moved, &compile_error(&["E0382", "E0505"])).outcome {
        Outcome::NotAsExpected { expected, actual } => {
            assert!(expected.contains("E0505"), "{expected}");
            assert!(actual.contains("E0382"), "{actual}");
        }
        other => panic!("{other:?}"),
    }
    let hello = single(Lang::Rust, "runner-rust-expect-compile-ok", "rust/hello.rs");
    assert_eq!(
        run(&hello, &compile_error(&[])).outcome,
        Outcome::NotAsExpected {
            expected: "a compile error".to_string(),
            actual: "it compiled".to_string()
        }
    );
}

// ------------------------------------------------------- runtime failures

fn panics(lang: Lang, name: &str, fixture_path: &str, exit_code: i32, message: &str) {
    let program = single(lang, name, fixture_path);
    let verdict = run(&program, &Expectation::Success);
    match &verdict.outcome {
        Outcome::RuntimeError {
            exit_code: code,
            panicked,
            stderr,
            ..
        } => {
            assert_eq!(*code, Some(exit_code));
            assert!(panicked);
            assert!(stderr.contains(message), "{stderr}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(verdict.stdout, "before\n");
    assert_outcome_passed(&run(&program, &Expectation::Panic));
}

#[test]
fn go_panic() {
    if toolchain(Lang::Go) {
        panics(
            Lang::Go,
            "runner-go-panic",
            "go/panic.go",
            2,
            "index out of range",
        );
    }
}

#[test]
fn rust_panic() {
    if toolchain(Lang::Rust) {
        panics(
            Lang::Rust,
            "runner-rust-panic",
            "rust/panic.rs",
            101,
            "index out of bounds",
        );
    }
}

fn exits_non_zero(lang: Lang, name: &str, fixture_path: &str) {
    let program = single(lang, name, fixture_path);
    match run(&program, &Expectation::Success).outcome {
        Outcome::RuntimeError {
            exit_code,
            signal,
            panicked,
            stderr,
        } => {
            assert_eq!((exit_code, signal, panicked), (Some(3), None, false));
            assert_eq!(stderr, "giving up\n");
        }
        other => panic!("{other:?}"),
    }
    // Expected to panic, but it only exited with an error status.
    match run(&program, &Expectation::Panic).outcome {
        Outcome::NotAsExpected { expected, actual } => {
            assert_eq!(expected, "a panic");
            assert_eq!(actual, "it exited with status 3");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn go_exit_status() {
    if toolchain(Lang::Go) {
        exits_non_zero(Lang::Go, "runner-go-exit3", "go/exit3.go");
    }
}

#[test]
fn rust_exit_status() {
    if toolchain(Lang::Rust) {
        exits_non_zero(Lang::Rust, "runner-rust-exit3", "rust/exit3.rs");
    }
}

#[test]
fn expected_panic_that_does_not_happen() {
    for (lang, name, fixture_path) in [
        (Lang::Go, "runner-go-no-panic", "go/hello.go"),
        (Lang::Rust, "runner-rust-no-panic", "rust/hello.rs"),
    ] {
        if !toolchain(lang) {
            continue;
        }
        match run(&single(lang, name, fixture_path), &Expectation::Panic).outcome {
            Outcome::NotAsExpected { expected, actual } => {
                assert_eq!(expected, "a panic");
                assert_eq!(actual, "it ran and exited with status 0");
            }
            other => panic!("{lang}: {other:?}"),
        }
    }
}

// ----------------------------------------------------------------- limits

fn times_out(lang: Lang, name: &str, fixture_path: &str) {
    let mut program = single(lang, name, fixture_path);
    program.timeout = Duration::from_secs(1);
    let recorder = Recorder::new();
    let verdict = runner().run(
        &program,
        &Expectation::Success,
        &recorder,
        &CancelToken::new(),
    );
    let returned = Instant::now();
    assert!(
        matches!(
            verdict.outcome,
            Outcome::TimedOut { after, .. } if after == Duration::from_secs(1)
        ),
        "{verdict:?}"
    );
    let run_took = returned - recorder.started(Phase::Run);
    assert!(
        run_took < Duration::from_secs(2),
        "the run took {run_took:?}"
    );
    let pid = number_after("pid ", &verdict.stdout);
    let pgid = number_after("pgid ", &verdict.stdout);
    assert!(process_is_dead(pid), "the program {pid} is still there");
    assert!(group_is_gone(pgid), "process group {pgid} is still there");
}

#[test]
fn go_infinite_loop_times_out() {
    if toolchain(Lang::Go) {
        times_out(Lang::Go, "runner-go-loop", "go/loop.go");
    }
}

#[test]
fn rust_infinite_loop_times_out() {
    if toolchain(Lang::Rust) {
        times_out(Lang::Rust, "runner-rust-loop", "rust/loop.rs");
    }
}

fn floods(lang: Lang, name: &str, fixture_path: &str) {
    const CAP: usize = 64 * 1024;
    let program = single(lang, name, fixture_path);
    let runner = runner().with_output_cap(CAP);
    let started = Instant::now();
    let verdict = runner.run(
        &program,
        &Expectation::Success,
        &NoEvents,
        &CancelToken::new(),
    );
    assert!(
        matches!(verdict.outcome, Outcome::OutputLimit { limit: CAP, .. }),
        "{verdict:?}"
    );
    assert!(
        verdict.stdout.len() <= CAP && verdict.stdout.len() > CAP / 2,
        "{}",
        verdict.stdout.len()
    );
    assert!(verdict.stdout.starts_with("flooding the terminal"));
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn go_output_flood_is_capped() {
    if toolchain(Lang::Go) {
        floods(Lang::Go, "runner-go-flood", "go/flood.go");
    }
}

#[test]
fn rust_output_flood_is_capped() {
    if toolchain(Lang::Rust) {
        floods(Lang::Rust, "runner-rust-flood", "rust/flood.rs");
    }
}

fn orphan_dies(lang: Lang, name: &str, fixture_path: &str) {
    let program = single(lang, name, fixture_path);
    let recorder = Recorder::new();
    let verdict = runner().run(
        &program,
        &Expectation::Success,
        &recorder,
        &CancelToken::new(),
    );
    let returned = Instant::now();
    assert_outcome_passed(&verdict);
    // The sleeping child holds stdout open; the run must not wait for it.
    let run_took = returned - recorder.started(Phase::Run);
    assert!(
        run_took < Duration::from_secs(5),
        "the run took {run_took:?}"
    );
    let child = number_after("child ", &verdict.stdout);
    assert!(
        process_is_dead(child),
        "the program's child {child} survived it"
    );
}

#[test]
fn go_child_that_outlives_the_program_is_killed() {
    if toolchain(Lang::Go) {
        orphan_dies(Lang::Go, "runner-go-orphan", "go/orphan.go");
    }
}

#[test]
fn rust_child_that_outlives_the_program_is_killed() {
    if toolchain(Lang::Rust) {
        orphan_dies(Lang::Rust, "runner-rust-orphan", "rust/orphan.rs");
    }
}

fn cancels(lang: Lang, name: &str, fixture_path: &str) {
    let mut program = single(lang, name, fixture_path);
    program.timeout = Duration::from_secs(60);
    let cancel = CancelToken::new();
    let (tx, rx) = mpsc::channel();
    let recorder = Recorder::watching("pid ", tx);
    let remote = cancel.clone();
    let (verdict, cancelled_at) = thread::scope(|scope| {
        let canceller = scope.spawn(move || {
            let line = rx
                .recv_timeout(Duration::from_secs(120))
                .expect("the program printed its pid");
            thread::sleep(Duration::from_millis(200));
            remote.cancel();
            (line, Instant::now())
        });
        let verdict = runner().run(&program, &Expectation::Success, &recorder, &cancel);
        let (_, cancelled_at) = canceller.join().unwrap();
        (verdict, cancelled_at)
    });
    assert_eq!(verdict.outcome, Outcome::Cancelled);
    assert!(cancelled_at.elapsed() < Duration::from_secs(2));
    let pid = number_after("pid ", &verdict.stdout);
    let pgid = number_after("pgid ", &verdict.stdout);
    assert!(process_is_dead(pid), "the program {pid} is still there");
    assert!(group_is_gone(pgid), "process group {pgid} is still there");
}

#[test]
fn go_cancel_from_another_thread() {
    if toolchain(Lang::Go) {
        cancels(Lang::Go, "runner-go-cancel", "go/loop.go");
    }
}

#[test]
fn rust_cancel_from_another_thread() {
    if toolchain(Lang::Rust) {
        cancels(Lang::Rust, "runner-rust-cancel", "rust/loop.rs");
    }
}

#[test]
fn cancelled_before_starting() {
    let cancel = CancelToken::new();
    cancel.cancel();
    for (lang, name, fixture_path) in [
        (Lang::Go, "runner-go-precancel", "go/hello.go"),
        (Lang::Rust, "runner-rust-precancel", "rust/hello.rs"),
    ] {
        if toolchain(lang) {
            let verdict = runner().run(
                &single(lang, name, fixture_path),
                &Expectation::Success,
                &NoEvents,
                &cancel,
            );
            assert_eq!(verdict.outcome, Outcome::Cancelled, "{lang}");
        }
    }
}

// ------------------------------------------------------------------ input

fn echoes_stdin(lang: Lang, name: &str, fixture_path: &str) {
    let mut program = single(lang, name, fixture_path);
    program.stdin = b"3 4\nfive\n".to_vec();
    assert_outcome_passed(&run(&program, &stdout("got: 3 4\ngot: five\n")));
    // No input: the program sees end of file at once instead of waiting.
    program.stdin.clear();
    assert_outcome_passed(&run(&program, &stdout("")));
}

#[test]
fn go_stdin() {
    if toolchain(Lang::Go) {
        echoes_stdin(Lang::Go, "runner-go-echo", "go/echo.go");
    }
}

#[test]
fn rust_stdin() {
    if toolchain(Lang::Rust) {
        echoes_stdin(Lang::Rust, "runner-rust-echo", "rust/echo.rs");
    }
}

// ------------------------------------------------------------------- race

#[test]
fn go_data_race_is_reported() {
    if !(toolchain(Lang::Go) && require("cc")) {
        return;
    }
    let mut racy = single(Lang::Go, "runner-go-race", "go/race.go");
    racy.race = true;
    match run(&racy, &Expectation::Success).outcome {
        Outcome::Race { report } => assert!(report.contains("WARNING: DATA RACE"), "{report}"),
        other => panic!("{other:?}"),
    }
    assert_outcome_passed(&run(&racy, &Expectation::Race));
}

#[test]
fn go_fixed_race_passes() {
    if !(toolchain(Lang::Go) && require("cc")) {
        return;
    }
    let mut fixed = single(Lang::Go, "runner-go-race-fixed", "go/race_fixed.go");
    fixed.race = true;
    assert_outcome_passed(&run(&fixed, &stdout("2000\n")));
    match run(&fixed, &Expectation::Race).outcome {
        Outcome::NotAsExpected { expected, actual } => {
            assert!(expected.contains("data race"), "{expected}");
            assert_eq!(actual, "it ran and exited with status 0");
        }
        other => panic!("{other:?}"),
    }
}

// ------------------------------------------------------------------ tests

fn test_programs(lang: Lang, name: &str, main: &str, broken: &str, test: &str, failure: &str) {
    let passing = with_test(single(lang, name, main), test);
    let verdict = run(&passing, &Expectation::Success);
    assert_outcome_passed(&verdict);
    let failing = with_test(single(lang, name, broken), test);
    match run(&failing, &Expectation::Success).outcome {
        Outcome::TestsFailed { output } => assert!(output.contains(failure), "{output}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn go_tests() {
    if toolchain(Lang::Go) {
        test_programs(
            Lang::Go,
            "runner-go-tests",
            "go/adder.go",
            "go/adder_broken.go",
            "go/adder_test.go",
            "Add(2, 3) = -1, want 5",
        );
    }
}

#[test]
fn rust_tests() {
    if toolchain(Lang::Rust) {
        test_programs(
            Lang::Rust,
            "runner-rust-tests",
            "rust/adder.rs",
            "rust/adder_broken.rs",
            "rust/adder_test.rs",
            "adder_test::adds",
        );
    }
}

// ------------------------------------------------------------ multi-file

#[test]
fn go_multi_file_program_imports_its_sub_package() {
    if !toolchain(Lang::Go) {
        return;
    }
    let program = program(
        Lang::Go,
        "runner-go-multi",
        &[
            ("main.go", "go/multi/main.go"),
            ("geo/geo.go", "go/multi/geo/geo.go"),
        ],
    );
    assert_outcome_passed(&run(&program, &stdout("12\n")));
}

#[test]
fn rust_multi_file_program_has_modules() {
    if !toolchain(Lang::Rust) {
        return;
    }
    let program = program(
        Lang::Rust,
        "runner-rust-multi",
        &[
            ("main.rs", "rust/multi/main.rs"),
            ("shapes.rs", "rust/multi/shapes.rs"),
        ],
    );
    assert_outcome_passed(&run(&program, &stdout("12\n")));
}

// ------------------------------------------------------------------- lint

#[test]
fn go_vet() {
    if !toolchain(Lang::Go) {
        return;
    }
    let mut mistake = single(Lang::Go, "runner-go-vet", "go/vet.go");
    mistake.lint = true;
    match run(&mistake, &Expectation::Success).outcome {
        Outcome::LintFailed { diagnostics } => {
            assert!(diagnostics.contains("Printf format %d"), "{diagnostics}")
        }
        other => panic!("{other:?}"),
    }
    // Without lint, the same program builds and runs.
    mistake.lint = false;
    assert_outcome_passed(&run(&mistake, &Expectation::Success));
    let mut clean = single(Lang::Go, "runner-go-vet-clean", "go/hello.go");
    clean.lint = true;
    assert_outcome_passed(&run(&clean, &Expectation::Success));
}

/// `lint: true` holds Go to gofmt's layout as well: the learner's file is
/// named, with the way to fix it; the same program formatted passes.
#[test]
fn go_lint_requires_gofmt() {
    if !toolchain(Lang::Go) {
        return;
    }
    let mut messy = single(Lang::Go, "runner-go-gofmt", "go/unformatted.go");
    messy.lint = true;
    let verdict = run(&messy, &stdout("hello, go\n  indented\n"));
    match &verdict.outcome {
        Outcome::LintFailed { diagnostics } => {
            assert!(
                diagnostics.contains("gofmt would reformat"),
                "{diagnostics}"
            );
            // Line 6 is the first that gofmt indents differently.
            assert!(
                diagnostics.contains("  unformatted.go:6: not laid out as gofmt would\n"),
                "{diagnostics}"
            );
            assert!(diagnostics.contains("Ctrl-F"), "{diagnostics}");
            assert!(
                diagnostics.contains("+\tfmt.Println(\"  indented\")"),
                "gofmt's diff is shown: {diagnostics}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(verdict.outcome.title(), "Lint failed");
    // Without lint the layout is nobody's business.
    messy.lint = false;
    assert_outcome_passed(&run(&messy, &stdout("hello, go\n  indented\n")));
    // The same program as gofmt lays it out passes with lint.
    let mut tidy = single(Lang::Go, "runner-go-gofmt", "go/hello.go");
    tidy.lint = true;
    assert_outcome_passed(&run(&tidy, &stdout("hello, go\n  indented\n")));
}

#[test]
fn rust_clippy() {
    if !(toolchain(Lang::Rust) && require("clippy")) {
        return;
    }
    let mut finding = single(Lang::Rust, "runner-rust-clippy", "rust/clippy.rs");
    finding.lint = true;
    match run(&finding, &Expectation::Success).outcome {
        Outcome::LintFailed { diagnostics } => {
            assert!(diagnostics.contains("len_zero"), "{diagnostics}")
        }
        other => panic!("{other:?}"),
    }
    let mut clean = single(Lang::Rust, "runner-rust-clippy-clean", "rust/hello.rs");
    clean.lint = true;
    assert_outcome_passed(&run(&clean, &stdout("hello, rust\n  indented\n")));
}

// ----------------------------------------------------------------- crates

#[test]
fn rust_with_tokio() {
    if !require("cargo") {
        return;
    }
    let mut program = single(Lang::Rust, "runner-rust-tokio", "rust/tokio.rs");
    program.crates = vec!["tokio".to_string()];
    let recorder = Recorder::new();
    let verdict = runner().run(
        &program,
        &stdout("total = 6\n"),
        &recorder,
        &CancelToken::new(),
    );
    assert_outcome_passed(&verdict);
    assert!(verdict.metrics.binary_size.is_some());
    let progress: Vec<RunEvent> = recorder
        .events()
        .into_iter()
        .filter(|e| matches!(e, RunEvent::BuildProgress { .. }))
        .collect();
    assert!(
        progress
            .iter()
            .any(|e| matches!(e, RunEvent::BuildProgress { unit, total, .. } if unit == "tokio" && *total > 1)),
        "{progress:?}"
    );

    // A compile error inside the shared package names the learner's file.
    let mut broken = single(Lang::Rust, "runner-rust-tokio-broken", "rust/moved.rs");
    broken.crates = vec!["tokio".to_string()];
    broken.display_dir = Some(PathBuf::from("/home/learner/async"));
    match run(&broken, &Expectation::Success).outcome {
        Outcome::CompileError { diagnostics, codes } => {
            assert_eq!(codes, vec!["E0382"]);
            assert!(
                diagnostics.contains("/home/learner/async/moved.rs"),
                "{diagnostics}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn rust_with_tokio_tests_and_lint() {
    if !(require("cargo") && require("clippy")) {
        return;
    }
    let mut tested = with_test(
        single(Lang::Rust, "runner-rust-tokio-tests", "rust/adder.rs"),
        "rust/adder_test.rs",
    );
    tested.crates = vec!["tokio".to_string()];
    assert_outcome_passed(&run(&tested, &Expectation::Success));
    let mut broken = with_test(
        single(
            Lang::Rust,
            "runner-rust-tokio-tests",
            "rust/adder_broken.rs",
        ),
        "rust/adder_test.rs",
    );
    broken.crates = vec!["tokio".to_string()];
    assert!(matches!(
        run(&broken, &Expectation::Success).outcome,
        Outcome::TestsFailed { .. }
    ));

    let mut linted = single(Lang::Rust, "runner-rust-tokio-clippy", "rust/clippy.rs");
    linted.crates = vec!["tokio".to_string()];
    linted.lint = true;
    match run(&linted, &Expectation::Success).outcome {
        Outcome::LintFailed { diagnostics } => {
            assert!(diagnostics.contains("len_zero"), "{diagnostics}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn crates_not_downloaded_and_offline_is_a_plain_sentence() {
    if !require("cargo") {
        return;
    }
    let cache = tempfile::tempdir().unwrap();
    let empty_cargo_home = tempfile::tempdir().unwrap();
    let runner = Runner::new(cache.path().to_path_buf())
        .with_env("CARGO_HOME", empty_cargo_home.path())
        .with_env("CARGO_NET_OFFLINE", "true");
    let mut program = single(Lang::Rust, "runner-rust-offline", "rust/tokio.rs");
    program.crates = vec!["tokio".to_string()];
    match runner
        .run(
            &program,
            &Expectation::Success,
            &NoEvents,
            &CancelToken::new(),
        )
        .outcome
    {
        Outcome::Error { message } => assert_eq!(
            message,
            "tokio is not downloaded yet and crates.io cannot be reached: run `gorust prepare` once while online"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_crate_is_refused() {
    let mut program = Program::new(
        Lang::Rust,
        "runner-rust-serde",
        vec![Source::new("main.rs", "fn main() {}")],
    );
    program.crates = vec!["serde".to_string()];
    match run(&program, &Expectation::Success).outcome {
        Outcome::Error { message } => assert!(
            message.contains("serde") && message.contains("tokio"),
            "{message}"
        ),
        other => panic!("{other:?}"),
    }
}

// -------------------------------------------------------------- toolchains

#[test]
fn missing_toolchain_on_an_empty_path() {
    let runner = Runner::new(cache_dir()).with_search_path("");
    let go = single(Lang::Go, "runner-go-no-toolchain", "go/hello.go");
    match runner
        .run(&go, &Expectation::Success, &NoEvents, &CancelToken::new())
        .outcome
    {
        Outcome::ToolchainMissing { tool, help } => {
            assert_eq!(tool, "go");
            assert!(help.contains("go.dev/dl"), "{help}");
        }
        other => panic!("{other:?}"),
    }
    let rust = single(Lang::Rust, "runner-rust-no-toolchain", "rust/hello.rs");
    match runner
        .run(&rust, &Expectation::Success, &NoEvents, &CancelToken::new())
        .outcome
    {
        Outcome::ToolchainMissing { tool, help } => {
            assert_eq!(tool, "rustc");
            assert!(help.contains("rustup"), "{help}");
        }
        other => panic!("{other:?}"),
    }
}

/// A PATH holding only a link to `tool`.
fn path_with_only(tool: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let real = which::which(tool).unwrap();
    std::os::unix::fs::symlink(&real, dir.path().join(tool)).unwrap();
    let path = dir.path().to_path_buf();
    (dir, path)
}

#[test]
fn race_without_a_c_compiler_says_so() {
    if !toolchain(Lang::Go) {
        return;
    }
    let (_dir, path) = path_with_only("go");
    let runner = Runner::new(cache_dir()).with_search_path(path);
    assert!(runner.toolchains().go.path().is_some());
    let mut racy = single(Lang::Go, "runner-go-race-no-cc", "go/race.go");
    racy.race = true;
    match runner
        .run(&racy, &Expectation::Success, &NoEvents, &CancelToken::new())
        .outcome
    {
        Outcome::ToolchainMissing { tool, help } => {
            assert_eq!(tool, "cc");
            assert!(help.contains("gcc"), "{help}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn lint_without_clippy_says_so() {
    if !toolchain(Lang::Rust) {
        return;
    }
    let (_dir, path) = path_with_only("rustc");
    let runner = Runner::new(cache_dir()).with_search_path(path);
    let mut linted = single(Lang::Rust, "runner-rust-no-clippy", "rust/hello.rs");
    linted.lint = true;
    match runner
        .run(
            &linted,
            &Expectation::Success,
            &NoEvents,
            &CancelToken::new(),
        )
        .outcome
    {
        Outcome::ToolchainMissing { tool, help } => {
            assert_eq!(tool, "clippy");
            assert!(help.contains("rustup component add clippy"), "{help}");
        }
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------- prepare

#[test]
fn prepare_builds_crates_and_warms_the_race_runtime() {
    if !(require("cargo") && require("go") && require("cc")) {
        return;
    }
    let recorder = Recorder::new();
    runner().prepare(&recorder, &CancelToken::new()).unwrap();
    let events = recorder.events();
    assert!(
        events
            .iter()
            .any(|e| matches!(e, RunEvent::BuildProgress { .. }))
    );
    assert_eq!(
        events
            .iter()
            .filter(|e| **e == RunEvent::PhaseStarted(Phase::Build))
            .count(),
        2
    );
}

#[test]
fn one_runner_is_shared_by_many_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Runner>();
    assert_send_sync::<CancelToken>();
    assert_send_sync::<Verdict>();
    if !toolchain(Lang::Rust) {
        return;
    }
    // Programs of different names build side by side; two of the same name
    // take turns on the stage lock.
    let runner = runner();
    let names = [
        "runner-rust-shared-a",
        "runner-rust-shared-b",
        "runner-rust-shared-a",
    ];
    thread::scope(|scope| {
        let handles: Vec<_> = names
            .iter()
            .map(|name| {
                let runner = &runner;
                scope.spawn(move || {
                    let program = single(Lang::Rust, name, "rust/hello.rs");
                    runner.run(
                        &program,
                        &stdout("hello, rust\n  indented\n"),
                        &NoEvents,
                        &CancelToken::new(),
                    )
                })
            })
            .collect();
        for handle in handles {
            assert_outcome_passed(&handle.join().unwrap());
        }
    });
}

#[test]
fn verdicts_serialize_with_a_kebab_case_tag() {
    let verdict = Verdict::new(Outcome::TimedOut {
        after: Duration::from_millis(1500),
        running_test: Some("TestSlow".into()),
        last_output: "slow starting".into(),
    });
    let json = serde_json::to_value(&verdict).unwrap();
    assert_eq!(json["outcome"]["verdict"], "timed-out");
    assert_eq!(json["outcome"]["after_secs"], 1.5);
    assert_eq!(json["outcome"]["running_test"], "TestSlow");
    assert_eq!(json["outcome"]["last_output"], "slow starting");
    let wrong = serde_json::to_value(Outcome::WrongOutput {
        expected: "a".into(),
        actual: "b".into(),
        diff: vec![],
    })
    .unwrap();
    assert_eq!(wrong["verdict"], "wrong-output");
}

/// The processes whose command line holds `word` and whose working
/// directory is under `dir`.
fn processes_in(dir: &Path, word: &str) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let proc_dir = entry.path();
        let Ok(cmdline) = std::fs::read(proc_dir.join("cmdline")) else {
            continue;
        };
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        let in_dir = std::fs::read_link(proc_dir.join("cwd")).is_ok_and(|cwd| cwd.starts_with(dir));
        if cmdline.contains(word) && in_dir {
            found.push(cmdline);
        }
    }
    found
}

#[test]
fn the_measuring_helper_starts_during_the_build_and_never_outlives_the_run() {
    if !require("go") || !cfg!(target_os = "linux") {
        return;
    }
    let runner = runner();
    // The helper is started before the build and waits for the program in
    // the program's directory: seen there while the build runs.
    let name = "helper-ahead";
    let stage = cache_dir().join("stage").join(name);
    let seen = Mutex::new(Vec::new());
    struct Watch<'a>(&'a Mutex<Vec<String>>, &'a Path);
    impl EventSink for Watch<'_> {
        fn event(&self, event: RunEvent) {
            if let RunEvent::PhaseStarted(Phase::Build) = event {
                // The helper's start may still be on its way: give it time.
                for _ in 0..200 {
                    let found = processes_in(self.1, "--gorust-internal-measured-run");
                    if !found.is_empty() {
                        self.0.lock().unwrap().extend(found);
                        return;
                    }
                    thread::sleep(Duration::from_millis(10));
                }
            }
        }
    }
    let mut program = Program::new(
        Lang::Go,
        name,
        vec![Source::new(
            "main.go",
            "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tdata, _ := os.ReadFile(\"/dev/stdin\")\n\twd, _ := os.Getwd()\n\tfmt.Printf(\"%s in %s\\n\", data, wd)\n}\n",
        )],
    );
    program.stdin = b"fed".to_vec();
    let verdict = runner.run(
        &program,
        &Expectation::Stdout(format!("fed in {}", stage.join(name).display())),
        &Watch(&seen, &stage),
        &CancelToken::new(),
    );
    assert!(verdict.passed(), "{verdict:?}");
    assert!(verdict.metrics.peak_memory_kib.is_some(), "{verdict:?}");
    let seen = seen.into_inner().unwrap();
    assert!(
        seen.iter().any(|cmdline| cmdline.contains("--wait")),
        "{seen:?}"
    );
    assert_eq!(
        processes_in(&stage, "--gorust-internal-measured-run"),
        Vec::<String>::new()
    );

    // A program that does not build never runs: its helper is stopped.
    program.sources[0].contents = "package main\n\nfunc main() { undefined() }\n".to_string();
    let verdict = runner.run(
        &program,
        &Expectation::Stdout(String::new()),
        &NoEvents,
        &CancelToken::new(),
    );
    assert!(
        matches!(verdict.outcome, Outcome::CompileError { .. }),
        "{verdict:?}"
    );
    assert_eq!(
        processes_in(&stage, "--gorust-internal-measured-run"),
        Vec::<String>::new()
    );
}
