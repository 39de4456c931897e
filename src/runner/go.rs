//! Building and running Go programs.
//!
//! The stage directory is a module root (`module exercises`) and the program
//! lives in the package directory `<name>/`, so that a sub-package is
//! imported as `exercises/<name>/<dir>`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::format::{GOFMT_MISSING, gofmt_advice, gofmt_beside};
use super::pipeline::{Backend, Build};
use super::process::{Finished, Invocation};
use super::stage::{self, sync_dir, write_if_different};
use super::{BuildReport, Context, Halt, LintReport, Phase, Program, RunEvent, Tool};
use crate::GoVersion;

/// The go.mod both the stage and the learner's workspace declare: the module
/// `exercises`, so that a sub-package is imported as `exercises/<name>/<dir>`
/// in either, and the Go language version the program is written for (it
/// decides what the compiler and vet accept: range over functions needs
/// 1.23). Each program is built in its own stage, so programs of different
/// versions never share a module, while the build cache stays shared.
pub fn go_mod(version: GoVersion) -> String {
    format!("module exercises\n\ngo {version}\n")
}

/// Built with -race by `prepare`, so that the race runtime is compiled once.
pub(crate) const PREPARE_PROGRAM: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
"#;

/// The Go back end: `go build` (or `go test -c`), `go vet`, the binary.
pub(crate) struct Go {
    go: PathBuf,
    stage: PathBuf,
    main_dir: PathBuf,
    package_arg: String,
    env: Vec<(OsString, Option<OsString>)>,
    binary: PathBuf,
}

impl Backend for Go {
    const TOOL: Tool = Tool::Go;

    /// A C compiler only when the race detector (cgo) is on.
    fn more_tools(program: &Program) -> Vec<Tool> {
        program.race.then_some(Tool::Cc).into_iter().collect()
    }

    fn stage(cx: &Context<'_>, stage: PathBuf, go: PathBuf) -> Result<Go, Halt> {
        let program = cx.program;
        let cc = program
            .race
            .then(|| cx.runner.require(Tool::Cc))
            .transpose()?;
        let package_root = stage.join(&program.name);
        write_if_different(&stage.join("go.mod"), go_mod(program.go_version))?;

        let main_dir = program.sources[0]
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut files: Vec<(PathBuf, String)> = program
            .sources
            .iter()
            .map(|s| (s.path.clone(), s.contents.clone()))
            .collect();
        files.extend(stage::placed_tests(program));
        sync_dir(&package_root, &files, &program.data)?;

        let package_arg = format!("./{}", Path::new(&program.name).join(&main_dir).display());
        let mut env = cx.base_env();
        env.extend(go_env(cc));
        // The binary is kept between builds: `go build -o` skips the link
        // when it is up to date, which is most of a warm build's time. A
        // failed build never runs it.
        let binary = stage.join(match program.tests.is_empty() {
            true => "prog",
            false => "prog.test",
        });
        Ok(Go {
            go,
            stage,
            main_dir,
            package_arg,
            env,
            binary,
        })
    }

    fn build(&mut self, cx: &Context<'_>) -> Result<Build, Halt> {
        let program = cx.program;
        let mut args: Vec<OsString> = match program.tests.is_empty() {
            true => vec!["build".into()],
            false => vec!["test".into(), "-c".into()],
        };
        args.extend(["-o".into(), self.binary.clone().into_os_string()]);
        if program.race {
            args.push("-race".into());
        }
        args.push(self.package_arg.clone().into());
        let (finished, mut log) = self.go_tool(cx, Phase::Build, "go build", args)?;
        let mut ok = finished.success();
        // `go build -o` of a package that is not `main` succeeds and writes
        // the package's archive, not a program: say so as a build error.
        if ok && program.tests.is_empty() && is_archive(&self.binary) {
            ok = false;
            log = self.display(cx, &not_a_program(&program.name, &program.sources[0]));
        }
        Ok(Build {
            report: BuildReport {
                ok,
                log,
                codes: Vec::new(),
            },
            elapsed: finished.elapsed,
            binary: Ok(self.binary.clone()),
        })
    }

    fn lint(&mut self, cx: &Context<'_>) -> Result<LintReport, Halt> {
        // go vet has no in-source way to silence a finding (no `nolint`
        // comments, no attributes): nothing to force here.
        let args = vet_args(cx.program, &self.main_dir, &self.package_arg);
        let (finished, log) = self.go_tool(cx, Phase::Lint, "go vet", args)?;
        if !finished.success() {
            return Ok(LintReport { clean: false, log });
        }
        let advice = cx.phase(Phase::Lint, || self.gofmt_lint(cx))?;
        Ok(LintReport {
            clean: advice.is_none(),
            log: format!("{log}{}", advice.unwrap_or_default()),
        })
    }

    fn run_dir(&self, cx: &Context<'_>) -> PathBuf {
        self.stage.join(&cx.program.name).join(&self.main_dir)
    }

    fn display(&self, cx: &Context<'_>, text: &str) -> String {
        let program = cx.program;
        display_go_paths(
            text,
            &self.stage,
            &program.name,
            program.display_dir.as_deref(),
        )
    }
}

impl Go {
    /// Runs a go subcommand in the stage, streaming its lines with the
    /// learner's paths; returns how it ended and its log (stderr first).
    fn go_tool(
        &self,
        cx: &Context<'_>,
        phase: Phase,
        what: &str,
        args: Vec<OsString>,
    ) -> Result<(Finished, String), Halt> {
        let invocation = Invocation::new(&self.go, &self.stage)
            .args(args)
            .envs(self.env.clone())
            .timeout(super::BUILD_TIMEOUT)
            .output_cap(super::BUILD_OUTPUT_CAP);
        let finished = cx.phase(phase, || {
            cx.tool(what, &invocation, &mut |stream, line| {
                cx.events.event(RunEvent::Output {
                    stream,
                    line: self.display(cx, line),
                })
            })
        })?;
        let log = self.display(
            cx,
            &format!("{}{}", finished.stderr_text(), finished.stdout_text()),
        );
        Ok((finished, log))
    }

    /// `gofmt -l` on the learner's Go files; for those it lists, what
    /// gofmt would change (`gofmt -d`) and how to fix it. `None` when all
    /// are formatted. The pack's test files are not the learner's to
    /// format, as they are not theirs to vet.
    fn gofmt_lint(&self, cx: &Context<'_>) -> Result<Option<String>, Halt> {
        let files: Vec<&Path> = cx
            .program
            .sources
            .iter()
            .map(|s| s.path.as_path())
            .filter(|p| p.extension().is_some_and(|e| e == "go"))
            .collect();
        if files.is_empty() {
            return Ok(None);
        }
        let listed: Vec<String> = self
            .gofmt(cx, "-l", &files)?
            .lines()
            .map(|l| l.trim().trim_start_matches("./").to_owned())
            .filter(|l| !l.is_empty())
            .collect();
        if listed.is_empty() {
            return Ok(None);
        }
        let listed_paths: Vec<&Path> = listed.iter().map(Path::new).collect();
        let diff = self.gofmt(cx, "-d", &listed_paths)?;
        let crlf: Vec<&str> = listed
            .iter()
            .filter(|name| {
                cx.program
                    .sources
                    .iter()
                    .any(|s| s.path == Path::new(name) && s.contents.contains("\r\n"))
            })
            .map(String::as_str)
            .collect();
        Ok(Some(gofmt_advice(&listed, &crlf, &self.display(cx, &diff))))
    }

    /// Runs gofmt with `flag` on `files` (relative to the package root);
    /// its standard output.
    fn gofmt(&self, cx: &Context<'_>, flag: &str, files: &[&Path]) -> Result<String, Halt> {
        let search_path = cx.runner.search_path.as_deref();
        let Some(gofmt) = gofmt_beside(&self.go, search_path) else {
            return Err(Halt::ToolchainMissing {
                tool: "gofmt".into(),
                help: GOFMT_MISSING.into(),
            });
        };
        let invocation = Invocation::new(gofmt, self.stage.join(&cx.program.name))
            .arg(flag)
            .args(files)
            .envs(self.env.clone())
            .timeout(super::BUILD_TIMEOUT)
            .output_cap(super::BUILD_OUTPUT_CAP);
        let finished = cx.tool("gofmt", &invocation, &mut |_, _| {})?;
        // `-d` exits 1 when it prints a diff. The build passed, so gofmt can
        // parse the files: anything on stderr is gofmt's own trouble (a file
        // it cannot read), not the learner's layout.
        if !finished.stderr.is_empty() || !matches!(finished.exit_code, Some(0 | 1)) {
            return Err(Halt::Error(format!(
                "gofmt {flag} failed: {}",
                self.display(cx, &finished.stderr_text()).trim()
            )));
        }
        Ok(finished.stdout_text())
    }
}

/// What `go vet` is given: the package, or, when the pack's `_test.go`
/// files sit in it, the package's other files only (the pack's tests are
/// not the learner's, nor the author's, to fix).
fn vet_args(program: &super::Program, main_dir: &Path, package_arg: &str) -> Vec<OsString> {
    let mut args: Vec<OsString> = vec!["vet".into()];
    if program.tests.is_empty() {
        args.push(package_arg.into());
        return args;
    }
    args.extend(
        program
            .sources
            .iter()
            .filter(|s| s.path.parent().unwrap_or(Path::new("")) == main_dir)
            .filter(|s| s.path.extension().is_some_and(|e| e == "go"))
            .filter(|s| !s.path.to_string_lossy().ends_with("_test.go"))
            .map(|s| {
                Path::new(".")
                    .join(&program.name)
                    .join(&s.path)
                    .into_os_string()
            }),
    );
    args
}

/// No network, no toolchain switching, no workspace surprises; cgo only
/// where the race detector needs it.
/// Whether `path` is a Go package archive (`!<arch>`), as `go build -o`
/// writes for a package that is not `main`.
fn is_archive(path: &Path) -> bool {
    use std::io::Read;
    let mut magic = [0u8; 8];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok_and(|()| &magic == b"!<arch>\n")
}

/// The build error for a main file whose package is not `main`, at its
/// package clause (so the code pane marks it), named as go names files
/// (`<program>/<file>`, shown as the learner's by `display`).
fn not_a_program(program: &str, main: &super::Source) -> String {
    let clause = main.contents.lines().enumerate().find_map(|(i, line)| {
        let name = line.trim_start().strip_prefix("package ")?;
        Some((i + 1, name.split_whitespace().next().unwrap_or_default()))
    });
    let (line, name) = clause.unwrap_or((1, "?"));
    format!(
        "{program}/{}:{line}:1: package {name} is not a program: a Go program is `package main`, with a `func main`\n",
        main.path.display()
    )
}

fn go_env(cc: Option<&Path>) -> Vec<(OsString, Option<OsString>)> {
    let mut env: Vec<(OsString, Option<OsString>)> = [
        ("GOTOOLCHAIN", "local"),
        ("GOPROXY", "off"),
        ("GOFLAGS", "-mod=mod"),
        ("GOWORK", "off"),
    ]
    .into_iter()
    .map(|(k, v)| (OsString::from(k), Some(OsString::from(v))))
    .collect();
    if let Some(cc) = cc {
        env.push(("CGO_ENABLED".into(), Some("1".into())));
        env.push(("CC".into(), Some(cc.as_os_str().to_owned())));
    }
    env
}

/// Go names files relative to the module root (`name/main.go:6:2`) in
/// diagnostics and absolutely in stack traces; both become the learner's
/// paths (or paths relative to the program).
fn display_go_paths(text: &str, stage: &Path, name: &str, display_dir: Option<&Path>) -> String {
    let package_root = stage.join(name);
    let text = stage::display_paths(text, &package_root, display_dir);
    let relative = format!("{name}/");
    let replacement = stage::display_prefix(display_dir);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match line.strip_prefix(&relative) {
            Some(rest) => {
                out.push_str(&replacement);
                out.push_str(rest);
            }
            None => out.push_str(line),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn go_paths_are_shown_as_the_learners() {
        let text = "# exercises/ex\nex/main.go:6:2: declared and not used: x\n\t/c/stage/ex/ex/main.go:8 +0x58\n";
        for (display_dir, shown) in [
            (Some(Path::new("/home/me/ex")), "/home/me/ex/main.go"),
            (None, "main.go"),
        ] {
            let want = format!(
                "# exercises/ex\n{shown}:6:2: declared and not used: x\n\t{shown}:8 +0x58\n"
            );
            let got = display_go_paths(text, Path::new("/c/stage/ex"), "ex", display_dir);
            assert_eq!(got, want, "display dir {display_dir:?}");
        }
    }
}
