//! Rust programs that use crates: one shared cargo package in the cache,
//! with gorust's pinned versions and lock file, each program one of its
//! binaries. Crates are compiled once and reused by every program.

use std::collections::HashSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::pipeline::{Backend, Build};
use super::rustc::{Diagnostic, Diagnostics, learner_end};
use super::stage::{DirLock, placed_tests, rust_test_modules, sync_dir, write_if_different};
use super::{
    BuildReport, Context, DataFile, Halt, LintReport, Metrics, Phase, RunEvent, RunReport, Stream,
    Tool,
};

const CARGO_TOML: &str = include_str!("../../assets/cargo/Cargo.toml");
const CARGO_LOCK: &str = include_str!("../../assets/cargo/Cargo.lock");

/// The lock file gorust ships: the exact crate set a prepared cache holds.
pub(crate) fn lock_text() -> &'static str {
    CARGO_LOCK
}

/// The crates a program may name in `crates`.
pub fn allowed_crates() -> &'static [&'static str] {
    &["tokio", "anyhow", "thiserror"]
}

/// The `[dependencies]` line gorust pins for an allowed crate, as in the
/// manifest it builds with, for other manifests that must agree with it.
pub fn pinned_dependency(krate: &str) -> Option<&'static str> {
    CARGO_TOML.lines().find(|line| {
        line.split_once('=')
            .is_some_and(|(name, _)| name.trim() == krate)
    })
}

/// Built by `prepare` so that every pinned crate is downloaded and compiled.
/// It uses every allowed crate, so a prepared cache has shown that each one builds.
pub(crate) const PREPARE_PROGRAM: &str = r#"use std::time::Duration;

#[derive(Debug, thiserror::Error)]
#[error("no value")]
struct NoValue;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let (tx, mut rx) = tokio::sync::mpsc::channel(1);
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(1)).await;
        let _ = tx.send(42).await;
    });
    println!("{:?}", rx.recv().await.ok_or(NoValue)?);
    Ok(())
}
"#;

const MESSAGE_FORMAT: &str = "--message-format=json-diagnostic-rendered-ansi";

/// The cargo back end: one binary of the shared package, built, linted by
/// `cargo clippy` and run.
pub(crate) struct Cargo {
    cargo: PathBuf,
    package: PathBuf,
    bin_dir: PathBuf,
    display: PathDisplay,
    /// Keeps cargo invocations apart; held from staging to the lint, let go
    /// before the program runs.
    cargo_lock: Option<DirLock>,
}

impl Backend for Cargo {
    const TOOL: Tool = Tool::Cargo;

    /// Cargo drives rustc (and clippy-driver when linting).
    fn more_tools(program: &super::Program) -> Vec<Tool> {
        let mut tools = vec![Tool::Rustc];
        tools.extend(program.lint.then_some(Tool::Clippy));
        tools
    }

    fn stage(cx: &Context<'_>, _stage: PathBuf, cargo: PathBuf) -> Result<Cargo, Halt> {
        let program = cx.program;
        let package = cx.runner.cache_dir().join("cargo");
        let bin_dir = package.join("src").join("bin").join(&program.name);
        let display = PathDisplay::new(&package, program);
        let cargo_lock = DirLock::acquire(&package.join(".lock"), cx.cancel)?;
        write_if_different(&package.join("Cargo.toml"), CARGO_TOML)?;
        write_if_different(&package.join("Cargo.lock"), CARGO_LOCK)?;
        sync_dir(&bin_dir, &staged_files(program), &staged_data(program))?;
        Ok(Cargo {
            cargo,
            package,
            bin_dir,
            display,
            cargo_lock: Some(cargo_lock),
        })
    }

    fn build(&mut self, cx: &Context<'_>) -> Result<Build, Halt> {
        let program = cx.program;
        let mut args: Vec<OsString> = match program.tests.is_empty() {
            true => vec!["build".into()],
            false => vec!["test".into(), "--no-run".into()],
        };
        args.extend([
            "--locked".into(),
            "--bin".into(),
            program.name.clone().into(),
            MESSAGE_FORMAT.into(),
        ]);
        if program.optimize {
            args.push("--release".into());
        }
        let mut build = self.step(cx, Phase::Build, "cargo build", args.clone())?;
        if build.past_end {
            // As with rustc: an error on the test modules' line means the
            // learner's file ends early; show what cargo says of it alone.
            let alone = super::Program {
                tests: Vec::new(),
                ..program.clone()
            };
            sync_dir(&self.bin_dir, &staged_files(&alone), &staged_data(program))?;
            let plain = self.step(cx, Phase::Build, "cargo build", args)?;
            if !plain.ok && plain.diagnostics.errors > 0 {
                build = plain;
            }
        }
        if !build.ok && build.diagnostics.errors == 0 {
            return Err(cargo_trouble(&build.stderr, program));
        }
        let package = &self.package;
        let binary = build.executable.ok_or_else(|| {
            Halt::Error(format!(
                "cargo built {} but did not say where the executable is; run `cargo clean` in {} and try again",
                program.name,
                package.display()
            ))
        });
        Ok(Build {
            report: BuildReport {
                ok: build.ok,
                log: build.diagnostics.log,
                codes: build.diagnostics.codes,
            },
            elapsed: build.elapsed,
            binary,
        })
    }

    fn lint(&mut self, cx: &Context<'_>) -> Result<LintReport, Halt> {
        let program = cx.program;
        let mut args: Vec<OsString> = vec![
            "clippy".into(),
            "--locked".into(),
            "--bin".into(),
            program.name.clone().into(),
            MESSAGE_FORMAT.into(),
        ];
        if !program.tests.is_empty() {
            args.extend(["--profile".into(), "test".into()]);
        }
        args.push("--".into());
        args.extend(super::rustc::LINT_ARGS.map(OsString::from));
        let lint = self.step(cx, Phase::Lint, "cargo clippy", args)?;
        if !lint.ok && lint.diagnostics.errors == 0 {
            return Err(cargo_trouble(&lint.stderr, program));
        }
        Ok(LintReport {
            clean: lint.ok && lint.diagnostics.warnings == 0,
            log: lint.diagnostics.log,
        })
    }

    fn run_dir(&self, _cx: &Context<'_>) -> PathBuf {
        self.bin_dir.clone()
    }

    fn run(
        mut self,
        cx: &Context<'_>,
        binary: &Path,
        metrics: &mut Metrics,
    ) -> Result<RunReport, Halt> {
        self.cargo_lock = None;
        let testing = !cx.program.tests.is_empty();
        let display = &self.display;
        let mut run = cx.run_program(
            binary,
            &self.run_dir(cx),
            testing,
            &|text| display.apply(text),
            metrics,
        )?;
        if testing {
            // The test harness prints a failing test's panic, with its
            // `src/bin/<name>/` path, on stdout; nothing there is graded.
            run.stdout = display.apply(&run.stdout);
        }
        Ok(run)
    }
}

impl Cargo {
    fn step(
        &self,
        cx: &Context<'_>,
        phase: Phase,
        what: &str,
        args: Vec<OsString>,
    ) -> Result<Step, Halt> {
        cargo_step(
            cx,
            phase,
            what,
            &self.cargo,
            &self.package,
            args,
            &self.display,
        )
    }
}

/// The main file becomes `src/bin/<name>/main.rs` (cargo finds it there, and
/// `mod helpers;` finds `helpers.rs` beside it); the others keep their paths
/// relative to the main file.
fn staged_files(program: &super::Program) -> Vec<(PathBuf, String)> {
    let main = &program.sources[0];
    let relative = |path: &Path| beside_main(program, path);
    let main_text = format!("{}{}", main.contents, rust_test_modules(program));
    let mut files = vec![(PathBuf::from("main.rs"), main_text)];
    files.extend(
        program.sources[1..]
            .iter()
            .map(|s| (relative(&s.path), s.contents.clone())),
    );
    files.extend(
        placed_tests(program)
            .into_iter()
            .map(|(path, text)| (relative(&path), text)),
    );
    files
}

/// A path of the program relative to its main file's directory (the
/// binary's directory, where it runs).
fn beside_main(program: &super::Program, path: &Path) -> PathBuf {
    let main_parent = program.sources[0].path.parent().unwrap_or(Path::new(""));
    path.strip_prefix(main_parent).unwrap_or(path).to_path_buf()
}

/// The data files, placed as the sources are.
fn staged_data(program: &super::Program) -> Vec<DataFile> {
    program
        .data
        .iter()
        .map(|d| DataFile {
            path: beside_main(program, &d.path),
            contents: d.contents.clone(),
        })
        .collect()
}

/// Cargo names files relative to the package (`src/bin/<name>/main.rs`) in
/// diagnostics and panics; show the learner's names instead.
struct PathDisplay {
    replacements: Vec<(String, String)>,
}

impl PathDisplay {
    fn new(package: &Path, program: &super::Program) -> PathDisplay {
        let bin = format!("src/bin/{}/", program.name);
        let target_dir = super::stage::display_prefix(program.display_dir.as_deref());
        let main = program.sources[0]
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        let mut replacements = Vec::new();
        if let Some(main) = main {
            replacements.push((
                format!("{}/{bin}main.rs", package.display()),
                format!("{target_dir}{main}"),
            ));
            replacements.push((format!("{bin}main.rs"), format!("{target_dir}{main}")));
        }
        replacements.push((format!("{}/{bin}", package.display()), target_dir.clone()));
        replacements.push((bin, target_dir));
        PathDisplay { replacements }
    }

    fn apply(&self, text: &str) -> String {
        self.replacements
            .iter()
            .fold(text.to_string(), |text, (from, to)| text.replace(from, to))
    }
}

struct Step {
    ok: bool,
    /// An error points at gorust's test-module line after the learner's last.
    past_end: bool,
    elapsed: std::time::Duration,
    diagnostics: Diagnostics,
    executable: Option<PathBuf>,
    stderr: String,
}

#[derive(Deserialize)]
struct CargoMessage {
    reason: String,
    package_id: Option<String>,
    target: Option<CargoTarget>,
    profile: Option<CargoProfile>,
    executable: Option<PathBuf>,
    message: Option<Diagnostic>,
}

#[derive(Deserialize)]
struct CargoTarget {
    name: String,
    #[serde(default)]
    kind: Vec<String>,
}

#[derive(Deserialize)]
struct CargoProfile {
    #[serde(default)]
    test: bool,
}

/// One cargo invocation, its JSON messages turned into diagnostics and
/// progress events. The caller holds the cargo lock.
fn cargo_step(
    cx: &Context<'_>,
    phase: Phase,
    what: &str,
    cargo: &Path,
    package: &Path,
    args: Vec<OsString>,
    display: &PathDisplay,
) -> Result<Step, Halt> {
    let cache = cx.runner.cache_dir();
    let invocation = super::process::Invocation::new(cargo, package)
        .args(args)
        .envs(cx.base_env())
        .env("CARGO_TARGET_DIR", cache.join("target"))
        .env("CARGO_TERM_COLOR", "never")
        .timeout(super::CARGO_TIMEOUT)
        .output_cap(super::BUILD_OUTPUT_CAP);
    let total = CARGO_LOCK.matches("[[package]]").count();
    let mut built_packages = HashSet::new();
    let mut diagnostics = Diagnostics::default();
    let bin = Path::new("src/bin").join(&cx.program.name);
    diagnostics.learner_end = learner_end(cx.program, bin.join("main.rs"));
    if phase == Phase::Lint {
        diagnostics.ignored_files = placed_tests(cx.program)
            .into_iter()
            .map(|(path, _)| bin.join(beside_main(cx.program, &path)))
            .collect();
    }
    let mut executable = None;
    let testing = !cx.program.tests.is_empty();
    let name = &cx.program.name;
    let finished = cx.phase(phase, || {
        cx.tool(what, &invocation, &mut |stream, line| {
            if stream == Stream::Stderr {
                return;
            }
            let Ok(message) = serde_json::from_str::<CargoMessage>(line) else {
                return;
            };
            match message.reason.as_str() {
                "compiler-artifact" => {
                    if let Some(target) = &message.target {
                        let ours = &target.name == name
                            && target.kind.iter().any(|k| k == "bin")
                            && message.profile.as_ref().is_some_and(|p| p.test) == testing;
                        if ours && message.executable.is_some() {
                            executable = message.executable.clone();
                        }
                        if let Some(id) = message.package_id
                            && built_packages.insert(id)
                        {
                            cx.events.event(RunEvent::BuildProgress {
                                unit: target.name.clone(),
                                done: built_packages.len().min(total),
                                total,
                            });
                        }
                    }
                }
                "compiler-message" => {
                    if let Some(diagnostic) = message.message
                        && let Some(rendered) = diagnostics.add(diagnostic)
                    {
                        let rendered = display.apply(&rendered);
                        for line in rendered.lines() {
                            cx.events.event(RunEvent::Output {
                                stream: Stream::Stderr,
                                line: line.to_string(),
                            });
                        }
                    }
                }
                _ => {}
            }
        })
    })?;
    diagnostics.log = display.apply(&diagnostics.log);
    Ok(Step {
        ok: finished.success() || diagnostics.only_ignored_findings(),
        past_end: diagnostics.past_end,
        elapsed: finished.elapsed,
        diagnostics,
        executable,
        stderr: finished.stderr_text(),
    })
}

/// Cargo failed without a compiler error: say why in a sentence.
fn cargo_trouble(stderr: &str, program: &super::Program) -> Halt {
    if is_offline_failure(stderr) {
        return Halt::Error(format!(
            "{} {} not downloaded yet and crates.io cannot be reached: run `gorust prepare` once while online",
            program.crates.join(", "),
            if program.crates.len() == 1 {
                "is"
            } else {
                "are"
            },
        ));
    }
    let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    Halt::Error(format!(
        "cargo failed before compiling {}:\n{}",
        program.name,
        tail.join("\n")
    ))
}

fn is_offline_failure(stderr: &str) -> bool {
    const SIGNS: [&str; 10] = [
        "failed to download",
        "Unable to update registry",
        "failed to query replaced source",
        "Couldn't resolve host",
        "Could not resolve host",
        "spurious network error",
        "failed to get `",
        "attempting to make an HTTP request, but --offline was specified",
        // CARGO_NET_OFFLINE with nothing downloaded.
        "no matching package named",
        "you're using offline mode",
    ];
    SIGNS.iter().any(|sign| stderr.contains(sign))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::runner::{Program, Source};

    #[test]
    fn the_shipped_package_pins_the_allowed_crates() {
        for name in allowed_crates() {
            assert!(
                CARGO_TOML.contains(&format!("{name} = ")),
                "{name} in Cargo.toml"
            );
            assert!(
                CARGO_LOCK.contains(&format!("name = \"{name}\"")),
                "{name} in Cargo.lock"
            );
        }
        assert!(CARGO_TOML.contains("name = \"gorust-exercises\""));
    }

    #[test]
    fn offline_failures_become_a_sentence() {
        let stderr = "error: failed to get `tokio` as a dependency of package `gorust-exercises`\n\nCaused by:\n  download of config.json failed\n  Could not resolve host: index.crates.io";
        let mut program = Program::new(Lang::Rust, "x", vec![Source::new("main.rs", "")]);
        program.crates = vec!["tokio".into()];
        match cargo_trouble(stderr, &program) {
            Halt::Error(message) => assert_eq!(
                message,
                "tokio is not downloaded yet and crates.io cannot be reached: run `gorust prepare` once while online"
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn cargo_paths_become_the_learners() {
        let mut program = Program::new(Lang::Rust, "tasks", vec![Source::new("tasks.rs", "")]);
        program.display_dir = Some(PathBuf::from("/home/me/ex"));
        let display = PathDisplay::new(Path::new("/c/cargo"), &program);
        assert_eq!(
            display.apply("--> src/bin/tasks/main.rs:3:5 and src/bin/tasks/helpers.rs:1:1"),
            "--> /home/me/ex/tasks.rs:3:5 and /home/me/ex/helpers.rs:1:1"
        );
    }
}
