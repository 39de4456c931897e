//! Builds and runs one Go or Rust program and returns a verdict as data.
//!
//! The runner knows nothing of lesson packs or of the terminal UI: callers
//! describe a [`Program`] in memory, say what they [`Expectation`] it to do,
//! and get a [`Verdict`] back. Progress is reported live through an
//! [`EventSink`], and a [`CancelToken`] stops the work from another thread.
//!
//! Every child process goes through `process`, which owns the hard parts:
//! process groups, output caps, timeouts and reaping.

mod cargo;
mod events;
mod format;
mod go;
mod judge;
mod measure;
mod outcome;
mod pipeline;
mod process;
mod rustc;
mod rustc_explain;
mod stage;
pub mod toolchain;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::{GoVersion, Lang};

pub use cargo::{allowed_crates, pinned_dependency};
pub use events::{CancelToken, EventSink, NoEvents, Phase, RunEvent, Stream};
pub use format::{FormatError, formatter_name};
pub use go::go_mod;
pub use judge::{
    BuildReport, Ending, Execution, LintReport, RunReport, diff_lines, judge, normalize_output,
    strip_ansi,
};
pub use measure::serve_as_helper_or_continue;
pub use outcome::{DiffLine, DiffTag, Metrics, Outcome, Verdict};
pub use rustc::is_error_code;
pub use rustc_explain::RustcExplainError;
pub use stage::test_module_declarations;
pub use toolchain::{Tool, ToolStatus, Toolchains};

/// The default wall-clock limit for running a program.
pub const DEFAULT_RUN_TIMEOUT: Duration = Duration::from_secs(10);
/// The default cap on what a program may print (stdout and stderr together).
pub const DEFAULT_OUTPUT_CAP: usize = 1024 * 1024;
/// Wall-clock limit for `go build`, `rustc` and the linters.
pub const BUILD_TIMEOUT: Duration = Duration::from_secs(300);
/// Wall-clock limit for cargo, which may have to compile the pinned crates.
pub const CARGO_TIMEOUT: Duration = Duration::from_secs(900);
/// Compilers may print far more than a program is allowed to.
const BUILD_OUTPUT_CAP: usize = 32 * 1024 * 1024;

/// One source file of a program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Relative path: `main.go`, `geo/geo.go`.
    pub path: PathBuf,
    pub contents: String,
}

impl Source {
    pub fn new(path: impl Into<PathBuf>, contents: impl Into<String>) -> Source {
        Source {
            path: path.into(),
            contents: contents.into(),
        }
    }
}

/// A file a program reads at run time (an input text, a fixture), placed
/// read-only at `path` relative to the program, like its sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataFile {
    pub path: PathBuf,
    pub contents: Vec<u8>,
}

/// Everything the runner needs to build and run one program.
#[derive(Clone, Debug)]
pub struct Program {
    pub lang: Lang,
    /// Unique key `[a-z0-9-]+`. It names the stage directory, the Go package
    /// directory (so sub-packages are imported as `exercises/<name>/<dir>`)
    /// and the Rust binary.
    pub name: String,
    /// The first one is the main file.
    pub sources: Vec<Source>,
    /// Test files, placed beside the main file under their file names. Go:
    /// `_test.go` files of the package. Rust: each one a `#[cfg(test)]`
    /// module of the main file, under a name no learner's item can take.
    pub tests: Vec<Source>,
    /// Files the program (and its tests) read, copied read-only into the
    /// program's directory; it runs in the directory of its main file, so
    /// `os.ReadFile("input.txt")` finds `input.txt` beside `main.go`.
    pub data: Vec<DataFile>,
    /// Go only: build with `-race`.
    pub race: bool,
    /// Go only: the language version in the go.mod the program is built in.
    pub go_version: GoVersion,
    /// Rust only: build optimised (rustc `-O`, cargo `--release`). Go is
    /// always optimised.
    pub optimize: bool,
    /// Rust only: crates from [`allowed_crates`]; non-empty means the program
    /// is built inside the shared cargo package.
    pub crates: Vec<String>,
    /// `go vet` / `clippy -D warnings` must be clean as well.
    pub lint: bool,
    pub stdin: Vec<u8>,
    /// Wall-clock limit for the run (builds have their own limits).
    pub timeout: Duration,
    /// Where the learner's copy lives, so that diagnostics name those files
    /// rather than the stage directory.
    pub display_dir: Option<PathBuf>,
}

impl Program {
    /// A program with no tests, no input, no lint and [`DEFAULT_RUN_TIMEOUT`].
    pub fn new(lang: Lang, name: impl Into<String>, sources: Vec<Source>) -> Program {
        Program {
            lang,
            name: name.into(),
            sources,
            tests: Vec::new(),
            data: Vec::new(),
            race: false,
            go_version: GoVersion::MIN,
            optimize: false,
            crates: Vec::new(),
            lint: false,
            stdin: Vec::new(),
            timeout: DEFAULT_RUN_TIMEOUT,
            display_dir: None,
        }
    }
}

/// What a program must do to pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expectation {
    /// Exit 0 and print this (compared after [`normalize_output`]).
    Stdout(String),
    /// Exit 0 with any output; with a test, all tests pass.
    Success,
    /// Must not build; rustc must report every one of these codes.
    CompileError { codes: Vec<String> },
    /// Builds, then panics.
    Panic,
    /// Go only: the race detector reports a data race.
    Race,
}

/// Trouble with the runner itself or the toolchains, from [`Runner::prepare`].
#[derive(Debug, thiserror::Error)]
pub enum RunnerError {
    #[error("{tool} is not available: {help}")]
    ToolchainMissing { tool: String, help: String },
    #[error("cancelled")]
    Cancelled,
    #[error("{what}: {message}")]
    Failed { what: String, message: String },
}

/// Builds and runs programs. Cheap to create; share one between threads.
#[derive(Debug)]
pub struct Runner {
    cache_dir: PathBuf,
    output_cap: usize,
    search_path: Option<OsString>,
    extra_env: Vec<(OsString, OsString)>,
    /// Starts programs so that their memory is measured alone; without one,
    /// no peak memory is reported (see [`measure`]).
    measure_helper: Option<PathBuf>,
    toolchains: OnceLock<Toolchains>,
    tools: [OnceLock<ToolStatus>; Tool::ALL.len()],
    paths: [OnceLock<Option<PathBuf>>; Tool::ALL.len()],
}

/// Why a run stopped before there was anything to judge.
#[derive(Debug)]
pub(crate) enum Halt {
    ToolchainMissing { tool: String, help: String },
    Cancelled,
    Error(String),
}

impl Halt {
    fn into_outcome(self) -> Outcome {
        match self {
            Halt::ToolchainMissing { tool, help } => Outcome::ToolchainMissing { tool, help },
            Halt::Cancelled => Outcome::Cancelled,
            Halt::Error(message) => Outcome::Error { message },
        }
    }
}

/// What a language back end hands back: the execution to judge, plus the
/// measurements taken on the way.
pub(crate) struct Built {
    pub execution: Execution,
    pub metrics: Metrics,
}

/// Extra arguments and the wall-clock limit for running the program.
/// Rust test binaries run every test, ignored ones too (they are part of the
/// exercise), one at a time so that libtest names each test as it starts
/// and a timed-out check can say which one was running. Go test binaries
/// get their own alarm just inside ours: at it, Go names the running tests
/// (then our kill comes a little later, should Go's alarm not fire).
fn run_args(program: &Program, testing: bool) -> (Vec<OsString>, Duration) {
    match (program.lang, testing) {
        (Lang::Rust, true) => (
            vec!["--include-ignored".into(), "--test-threads=1".into()],
            program.timeout,
        ),
        (Lang::Go, true) => (
            vec![format!("-test.timeout={}ms", program.timeout.as_millis()).into()],
            program.timeout + GO_TEST_ALARM_GRACE,
        ),
        _ => (Vec::new(), program.timeout),
    }
}

/// How long after a Go test binary's own alarm we kill it anyway.
const GO_TEST_ALARM_GRACE: Duration = Duration::from_secs(2);

/// GORACE with `atexit_sleep_ms=0` after whatever was set already (the
/// race runtime reads options in order, so ours wins over an earlier one).
fn gorace(inherited: Option<&std::ffi::OsStr>) -> OsString {
    let mut value = OsString::new();
    if let Some(inherited) = inherited.filter(|v| !v.is_empty()) {
        value.push(inherited);
        value.push(" ");
    }
    value.push("atexit_sleep_ms=0");
    value
}

/// The shared state a language back end needs for one run.
pub(crate) struct Context<'a> {
    pub runner: &'a Runner,
    pub program: &'a Program,
    pub expect: &'a Expectation,
    pub events: &'a dyn EventSink,
    pub cancel: &'a CancelToken,
    /// The measuring helper, started while the program builds.
    pub warm: WarmSlot,
}

/// The measuring helper of one run, started on a thread of its own (a fork
/// of gorust is not instant) while the program builds; an unused one is
/// stopped when the run ends.
#[derive(Default)]
pub(crate) struct WarmSlot(
    std::cell::RefCell<Option<std::thread::JoinHandle<Option<process::WarmHelper>>>>,
);

impl WarmSlot {
    fn fill(&self, starting: std::thread::JoinHandle<Option<process::WarmHelper>>) {
        *self.0.borrow_mut() = Some(starting);
    }

    fn take(&self) -> Option<process::WarmHelper> {
        let starting = self.0.borrow_mut().take()?;
        starting.join().ok().flatten()
    }
}

impl Drop for WarmSlot {
    fn drop(&mut self) {
        drop(self.take());
    }
}

impl Context<'_> {
    /// Builds, lints and runs are announced the same way everywhere.
    pub fn phase<T>(&self, phase: Phase, work: impl FnOnce() -> T) -> T {
        self.events.event(RunEvent::PhaseStarted(phase));
        let start = Instant::now();
        let value = work();
        self.events.event(RunEvent::PhaseFinished {
            phase,
            elapsed: start.elapsed(),
        });
        value
    }

    /// Only the run phase is skipped when the program was expected not to
    /// build: a snippet that must fail to compile has nothing to run.
    pub fn wants_run(&self) -> bool {
        !matches!(self.expect, Expectation::CompileError { .. })
    }

    /// Runs a build tool (compiler, linter, cargo). A tool that cannot start,
    /// runs too long or floods us is our trouble, not the learner's.
    pub fn tool(
        &self,
        what: &str,
        invocation: &process::Invocation<'_>,
        on_line: &mut dyn FnMut(Stream, &str),
    ) -> Result<process::Finished, Halt> {
        let finished = process::run(invocation, self.cancel, on_line).map_err(|e| {
            Halt::Error(format!(
                "gorust could not start {what} ({}): {e}",
                invocation.program.display()
            ))
        })?;
        match finished.ending {
            Ending::Exited => Ok(finished),
            Ending::Cancelled => Err(Halt::Cancelled),
            Ending::TimedOut(after) => Err(Halt::Error(format!(
                "{what} did not finish within {} s and was stopped; try again, or check that the machine is not overloaded",
                after.as_secs()
            ))),
            Ending::OutputLimit(limit) => Err(Halt::Error(format!(
                "{what} printed more than {} MiB and was stopped",
                limit / (1024 * 1024)
            ))),
        }
    }

    /// Runs the built program (or test binary) under the learner's limits,
    /// streaming its lines. `display` rewrites stage paths in what it prints.
    pub fn run_program(
        &self,
        binary: &Path,
        cwd: &Path,
        testing: bool,
        display: &dyn Fn(&str) -> String,
        metrics: &mut Metrics,
    ) -> Result<RunReport, Halt> {
        let program = self.program;
        let (args, timeout) = run_args(program, testing);
        let invocation = process::Invocation::new(binary, cwd)
            .args(args)
            .envs(self.run_env())
            .stdin(&program.stdin)
            .timeout(timeout)
            .output_cap(self.runner.output_cap)
            .helper(self.runner.measure_helper.clone());
        let warm = self.warm.take();
        let finished = self.phase(Phase::Run, || {
            let mut on_line = |stream, line: &str| {
                self.events.event(RunEvent::Output {
                    stream,
                    line: display(line),
                })
            };
            match warm {
                Some(warm) => process::run_warm(warm, &invocation, self.cancel, &mut on_line),
                None => process::run(&invocation, self.cancel, &mut on_line),
            }
        });
        let finished = finished.map_err(|e| {
            Halt::Error(format!(
                "gorust could not start the built program {}: {e}",
                binary.display()
            ))
        })?;
        metrics.run_time = Some(finished.elapsed);
        // Without the helper, wait4's figure is gorust's size, not the
        // program's: better none than a wrong one.
        metrics.peak_memory_kib = finished
            .peak_memory_kib
            .filter(|_| invocation.helper.is_some());
        let mut ending = finished.ending;
        // Go's own test alarm counts as our timeout; and a Go test binary
        // killed in the grace after it still ran out of the learner's time.
        let go_alarm = program.lang == Lang::Go
            && testing
            && judge::go_test_timed_out(&finished.stderr_text());
        if go_alarm || matches!(ending, Ending::TimedOut(_)) {
            ending = Ending::TimedOut(program.timeout);
        }
        Ok(RunReport {
            ending,
            exit_code: finished.exit_code,
            signal: finished.signal,
            stdout: finished.stdout_text(),
            stderr: display(&finished.stderr_text()),
        })
    }

    /// Starts the measuring helper for a program that will run in `cwd`, so
    /// that its start overlaps the build. Without a helper, or when it
    /// cannot start, the run starts everything itself as before.
    pub fn warm_up(&self, cwd: &Path) {
        if let Some(helper) = self.runner.measure_helper.clone() {
            let cwd = cwd.to_path_buf();
            let env = self.run_env();
            let starting = std::thread::Builder::new()
                .name("gorust-helper".into())
                .spawn(move || process::WarmHelper::start(&helper, &cwd, &env).ok());
            // No thread, no early helper: the run starts it itself.
            if let Ok(starting) = starting {
                self.warm.fill(starting);
            }
        }
    }

    /// The environment of the learner's program.
    fn run_env(&self) -> Vec<(OsString, Option<OsString>)> {
        let mut env = self.base_env();
        env.extend(self.program_env());
        env
    }

    /// What the learner's program runs with beyond [`Context::base_env`].
    fn program_env(&self) -> Vec<(OsString, Option<OsString>)> {
        let program = self.program;
        let mut env: Vec<(OsString, Option<OsString>)> = Vec::new();
        match program.lang {
            // A learner's own RUST_BACKTRACE=1 would pour dozens of std
            // frames into the result; the panic message is what matters.
            Lang::Rust => env.push(("RUST_BACKTRACE".into(), Some("0".into()))),
            // The race runtime sleeps a second at exit by default, for
            // nothing: every race check paid it.
            Lang::Go if program.race => {
                let inherited = self
                    .runner
                    .extra_env
                    .iter()
                    .rev()
                    .find(|(key, _)| key == "GORACE")
                    .map(|(_, value)| value.clone())
                    .or_else(|| std::env::var_os("GORACE"));
                env.push(("GORACE".into(), Some(gorace(inherited.as_deref()))));
            }
            Lang::Go => {}
        }
        env
    }

    /// The child environment: the injected PATH, if any, replaces the real
    /// one; then the variables given to [`Runner::with_env`].
    pub fn base_env(&self) -> Vec<(OsString, Option<OsString>)> {
        self.runner.child_env()
    }
}

impl Runner {
    /// `cache_dir` holds `stage/` (one directory per program name), `cargo/`
    /// (the shared package) and `target/` (its build output). Nothing is
    /// detected or created here: listing lessons must stay instant.
    pub fn new(cache_dir: PathBuf) -> Runner {
        Runner {
            cache_dir,
            output_cap: DEFAULT_OUTPUT_CAP,
            search_path: None,
            extra_env: Vec::new(),
            measure_helper: measure::default_helper(),
            toolchains: OnceLock::new(),
            tools: Default::default(),
            paths: Default::default(),
        }
    }

    /// The environment of every child: the injected PATH, if any, replaces
    /// the real one; then the variables given to [`Runner::with_env`].
    fn child_env(&self) -> Vec<(OsString, Option<OsString>)> {
        let mut env: Vec<(OsString, Option<OsString>)> = match &self.search_path {
            Some(path) => vec![("PATH".into(), Some(path.clone()))],
            None => Vec::new(),
        };
        env.extend(
            self.extra_env
                .iter()
                .map(|(key, value)| (key.clone(), Some(value.clone()))),
        );
        env
    }

    /// Caps what a program may print, stdout and stderr together.
    pub fn with_output_cap(mut self, bytes: usize) -> Self {
        self.output_cap = bytes;
        self
    }

    /// Looks for the toolchains in this `PATH` instead of the process's own,
    /// and gives it to every child. Tests use it to hide a toolchain.
    pub fn with_search_path(mut self, path: impl Into<OsString>) -> Self {
        self.search_path = Some(path.into());
        self
    }

    /// Sets an environment variable for every child (builds and runs), e.g.
    /// `CARGO_HOME` or `GOCACHE` for an isolated setup.
    pub fn with_env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.extra_env.push((key.into(), value.into()));
        self
    }

    /// Starts programs through this gorust binary so that their peak memory
    /// is theirs alone. A binary whose `main` calls
    /// [`serve_as_helper_or_continue`] is its own helper already; tests point
    /// at the built `gorust`.
    pub fn with_measure_helper(mut self, gorust: impl Into<PathBuf>) -> Self {
        self.measure_helper = Some(gorust.into());
        self
    }

    pub fn cache_dir(&self) -> &Path {
        &self.cache_dir
    }

    /// Every toolchain, detected on first use, once (for `gorust doctor`
    /// and the UI's welcome page).
    pub fn toolchains(&self) -> &Toolchains {
        self.toolchains.get_or_init(|| {
            let [go, rustc, cargo, clippy, cc] = std::thread::scope(|scope| {
                Tool::ALL
                    .map(|tool| scope.spawn(move || self.tool(tool).clone()))
                    .map(|handle| handle.join().unwrap_or(ToolStatus::Missing))
            });
            Toolchains {
                go,
                rustc,
                cargo,
                clippy,
                cc,
            }
        })
    }

    /// One toolchain, detected on first use. A check asks only for the
    /// tools it needs, so a Go check never waits for rustup's proxies.
    pub(crate) fn tool(&self, tool: Tool) -> &ToolStatus {
        self.tools[tool as usize]
            .get_or_init(|| toolchain::detect_tool(tool, self.search_path.as_deref()))
    }

    /// Where a tool is, or the name and help for a missing one. Only the
    /// path is looked up: asking a tool for its version costs a process
    /// (through rustup's proxies, more than a tenth of a small build), so
    /// versions are asked only when a build fails, to explain it.
    pub(crate) fn require(&self, tool: Tool) -> Result<&Path, Halt> {
        let found = self.paths[tool as usize]
            .get_or_init(|| toolchain::find_tool(tool, self.search_path.as_deref()));
        match found {
            Some(path) => Ok(path),
            None => Err(Halt::ToolchainMissing {
                tool: tool.name().to_string(),
                help: ToolStatus::Missing.help(tool).unwrap_or_default(),
            }),
        }
    }

    /// A failed build may be the toolchain's fault: too old for edition
    /// 2024 or `go 1.22`, or a rustup proxy with no toolchain behind it.
    fn explain_build_failure(&self, program: &Program, outcome: Outcome) -> Outcome {
        if !matches!(outcome, Outcome::CompileError { .. }) {
            return outcome;
        }
        if program.lang == Lang::Go
            && let Some(outcome) = self.go_too_old(program.go_version)
        {
            return outcome;
        }
        let tool = match program.lang {
            Lang::Go => Tool::Go,
            Lang::Rust if program.crates.is_empty() => Tool::Rustc,
            Lang::Rust => Tool::Cargo,
        };
        match self.tool(tool).help(tool) {
            Some(help) => Outcome::ToolchainMissing {
                tool: tool.name().to_string(),
                help,
            },
            None => outcome,
        }
    }

    /// A program written for a newer Go than the one installed cannot be
    /// built: say which Go it needs rather than show the compiler's refusal.
    fn go_too_old(&self, needed: GoVersion) -> Option<Outcome> {
        if needed <= GoVersion::MIN {
            return None;
        }
        let ToolStatus::Found { version, .. } = self.tool(Tool::Go) else {
            return None;
        };
        let installed = toolchain::language_version(version)?;
        (installed < needed).then(|| Outcome::ToolchainMissing {
            tool: format!("go {needed}"),
            help: format!(
                "this program needs Go {needed} or newer; go version says go{version}: install a newer Go from https://go.dev/dl/"
            ),
        })
    }

    /// Builds, lints (when asked) and runs the program, then judges it.
    pub fn run(
        &self,
        program: &Program,
        expect: &Expectation,
        events: &dyn EventSink,
        cancel: &CancelToken,
    ) -> Verdict {
        let cx = Context {
            runner: self,
            program,
            expect,
            events,
            cancel,
            warm: WarmSlot::default(),
        };
        let built = stage::check_program(program).and_then(|()| match program.lang {
            Lang::Go => pipeline::drive::<go::Go>(&cx),
            Lang::Rust if program.crates.is_empty() => pipeline::drive::<rustc::Rustc>(&cx),
            Lang::Rust => pipeline::drive::<cargo::Cargo>(&cx),
        });
        let mut verdict = match built {
            Ok(Built { execution, metrics }) => Verdict::from_execution(execution, expect, metrics),
            Err(halt) => Verdict::halted(halt.into_outcome()),
        };
        verdict.outcome = self.explain_build_failure(program, verdict.outcome);
        verdict
    }

    /// Gets a machine ready to work offline: builds the pinned crates and
    /// warms Go's race-enabled standard library. Does as much as it can and
    /// reports the first thing that failed.
    pub fn prepare(&self, events: &dyn EventSink, cancel: &CancelToken) -> Result<(), RunnerError> {
        let mut rust = Program::new(
            Lang::Rust,
            "gorust-prepare-crates",
            vec![Source::new("main.rs", cargo::PREPARE_PROGRAM)],
        );
        rust.crates = allowed_crates().iter().map(|c| c.to_string()).collect();
        rust.timeout = Duration::from_secs(60);
        let mut go = Program::new(
            Lang::Go,
            "gorust-prepare-race",
            vec![Source::new("main.go", go::PREPARE_PROGRAM)],
        );
        go.race = true;
        go.timeout = Duration::from_secs(60);

        let mut first_error = None;
        for (what, program) in [
            ("building the pinned crates", rust),
            ("warming Go's race detector", go),
        ] {
            let verdict = self.run(&program, &Expectation::Success, events, cancel);
            let error = match verdict.outcome.clone() {
                Outcome::Passed => continue,
                Outcome::Cancelled => return Err(RunnerError::Cancelled),
                Outcome::ToolchainMissing { tool, help } => {
                    RunnerError::ToolchainMissing { tool, help }
                }
                Outcome::Error { message } => RunnerError::Failed {
                    what: what.to_string(),
                    message,
                },
                other => RunnerError::Failed {
                    what: what.to_string(),
                    message: format!(
                        "{}\n{}{}{}",
                        other.title(),
                        verdict.build_log(),
                        verdict.stdout,
                        verdict.stderr()
                    ),
                },
            };
            first_error.get_or_insert(error);
        }
        if let Some(error) = first_error {
            return Err(error);
        }
        // Remember which crate set was prepared, so `gorust doctor` can tell
        // a workshop machine is ready offline. Failing to write it only
        // costs that message.
        let marker = format!("{}\n{}", crate::fsutil::rfc3339_now(), cargo::lock_text());
        let _ = crate::fsutil::write_atomic(&self.prepared_marker(), marker.as_bytes());
        Ok(())
    }

    /// When `prepare` last completed for the crates this gorust pins.
    pub fn prepared_at(&self) -> Option<String> {
        let text = std::fs::read_to_string(self.prepared_marker()).ok()?;
        let (when, lock) = text.split_once('\n')?;
        (lock == cargo::lock_text()).then(|| when.to_owned())
    }

    fn prepared_marker(&self) -> PathBuf {
        self.cache_dir.join("prepared")
    }
}
