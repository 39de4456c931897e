//! Every figure gorust shows beside a run, compared with a measurement made
//! apart from gorust: the binary's size with the file on disk, the run time
//! with the program's own clock and with the wall clock around the whole
//! check (peak memory is compared with GNU time in runner_limits.rs).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::require;
use gorust::Lang;
use gorust::runner::{CancelToken, Expectation, NoEvents, Outcome, Program, Runner, Source};

fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("metrics-cache")
}

/// Sleeps 300 ms, then prints how long main ran by its own monotonic clock,
/// in microseconds.
const GO_SLEEPER: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tstart := time.Now()\n\ttime.Sleep(300 * time.Millisecond)\n\tfmt.Println(time.Since(start).Microseconds())\n}\n";
const RUST_SLEEPER: &str = "use std::time::{Duration, Instant};\n\nfn main() {\n    let start = Instant::now();\n    std::thread::sleep(Duration::from_millis(300));\n    println!(\"{}\", start.elapsed().as_micros());\n}\n";

fn figures_agree(lang: Lang, name: &str, source: &str) {
    let file = match lang {
        Lang::Go => "main.go",
        Lang::Rust => "main.rs",
    };
    let program = Program::new(lang, name, vec![Source::new(file, source)]);
    let runner = Runner::new(cache_dir()).with_measure_helper(env!("CARGO_BIN_EXE_gorust"));
    let outside = Instant::now();
    let verdict = runner.run(
        &program,
        &Expectation::Success,
        &NoEvents,
        &CancelToken::new(),
    );
    let wall = outside.elapsed();
    assert_eq!(verdict.outcome, Outcome::Passed, "{verdict:?}");
    let metrics = &verdict.metrics;

    // Binary size: the file the program was run from, as the file system
    // says (both back ends leave it as `prog` in the stage directory).
    let binary = cache_dir().join("stage").join(name).join("prog");
    let on_disk = std::fs::metadata(&binary).expect("the built binary").len();
    assert_eq!(metrics.binary_size, Some(on_disk), "{name}");

    // Run time: at least what the program's own clock saw between the first
    // and the last line of main, and no more than the wall clock around the
    // whole check left after the build.
    let inside = Duration::from_micros(verdict.stdout.trim().parse().expect("micros"));
    let run = metrics.run_time.expect("run time measured");
    let build = metrics.build_time.expect("build time measured");
    eprintln!("{name}: run {run:?} (program's clock {inside:?}), build {build:?}, wall {wall:?}");
    assert!(
        run >= inside,
        "{name}: run {run:?} < the program's {inside:?}"
    );
    assert!(
        build + run <= wall,
        "{name}: build {build:?} + run {run:?} > wall {wall:?}"
    );
}

#[test]
fn go_figures_agree_with_the_file_and_the_clocks() {
    if require("go") {
        figures_agree(Lang::Go, "metrics-go", GO_SLEEPER);
    }
}

#[test]
fn rust_figures_agree_with_the_file_and_the_clocks() {
    if require("rustc") {
        figures_agree(Lang::Rust, "metrics-rust", RUST_SLEEPER);
    }
}
