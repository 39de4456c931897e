//! Building and running Go programs.
//!
//! The stage directory is a module root (`module exercises`) and the program
//! lives in the package directory `<name>/`, so that a sub-package is
//! imported as `exercises/<name>/<dir>`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::stage::{self, DirLock, stage_dir, sync_dir, write_if_different};
use super::{
    BuildReport, Built, Context, Execution, Halt, LintReport, Metrics, Phase, RunEvent, Tool,
};
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

pub(crate) fn run(cx: &Context<'_>) -> Result<Built, Halt> {
    let program = cx.program;
    let go = cx.runner.require(Tool::Go)?.to_path_buf();
    let cc = match program.race {
        true => Some(cx.runner.require(Tool::Cc)?.to_path_buf()),
        false => None,
    };

    let stage = stage_dir(cx.runner.cache_dir(), &program.name);
    let _lock = DirLock::acquire(&stage.with_extension("lock"), cx.cancel)?;
    let package_root = stage.join(&program.name);
    write_if_different(&stage.join("go.mod"), go_mod(program.go_version))?;

    let main_path = &program.sources[0].path;
    let main_dir = main_path
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

    let package_dir = package_root.join(&main_dir);
    let package_arg = format!("./{}", Path::new(&program.name).join(&main_dir).display());
    let display =
        |text: &str| display_go_paths(text, &stage, &program.name, program.display_dir.as_deref());
    let mut env = cx.base_env();
    env.extend(go_env(cc.as_deref()));
    let testing = !program.tests.is_empty();
    let binary = stage.join(if testing { "prog.test" } else { "prog" });
    // The binary is kept between builds: `go build -o` skips the link when
    // it is up to date, which is most of a warm build's time. A failed build
    // never runs it.

    let mut metrics = Metrics::default();
    let mut build_args: Vec<OsString> = match testing {
        true => vec!["test".into(), "-c".into()],
        false => vec!["build".into()],
    };
    build_args.extend(["-o".into(), binary.clone().into_os_string()]);
    if program.race {
        build_args.push("-race".into());
    }
    build_args.push(package_arg.clone().into());
    let invocation = super::process::Invocation::new(&go, &stage)
        .args(&build_args)
        .envs(env.clone())
        .timeout(super::BUILD_TIMEOUT)
        .output_cap(super::BUILD_OUTPUT_CAP);
    let finished = cx.phase(Phase::Build, || {
        cx.tool("go build", &invocation, &mut |stream, line| {
            cx.events.event(RunEvent::Output {
                stream,
                line: display(line),
            })
        })
    })?;
    metrics.build_time = Some(finished.elapsed);
    let build = BuildReport {
        ok: finished.success(),
        log: display(&format!(
            "{}{}",
            finished.stderr_text(),
            finished.stdout_text()
        )),
        codes: Vec::new(),
    };
    let mut execution = Execution {
        lang: program.lang,
        tests: testing,
        build,
        lint: None,
        run: None,
    };
    if !execution.build.ok || !cx.wants_run() {
        return Ok(Built { execution, metrics });
    }
    metrics.binary_size = std::fs::metadata(&binary).ok().map(|m| m.len());

    if program.lint {
        // go vet has no in-source way to silence a finding (no `nolint`
        // comments, no attributes): nothing to force here.
        let invocation = super::process::Invocation::new(&go, &stage)
            .args(vet_args(program, &main_dir, &package_arg))
            .envs(env)
            .timeout(super::BUILD_TIMEOUT)
            .output_cap(super::BUILD_OUTPUT_CAP);
        let lint = cx.phase(Phase::Lint, || {
            cx.tool("go vet", &invocation, &mut |stream, line| {
                cx.events.event(RunEvent::Output {
                    stream,
                    line: display(line),
                })
            })
        })?;
        let clean = lint.success();
        execution.lint = Some(LintReport {
            clean,
            log: display(&format!("{}{}", lint.stderr_text(), lint.stdout_text())),
        });
        if !clean {
            return Ok(Built { execution, metrics });
        }
    }

    execution.run = Some(cx.run_program(&binary, &package_dir, testing, &display, &mut metrics)?);
    Ok(Built { execution, metrics })
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
    let replacement = match display_dir {
        Some(dir) => format!("{}/", dir.display()),
        None => String::new(),
    };
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
        assert_eq!(
            display_go_paths(
                text,
                Path::new("/c/stage/ex"),
                "ex",
                Some(Path::new("/home/me/ex"))
            ),
            "# exercises/ex\n/home/me/ex/main.go:6:2: declared and not used: x\n\t/home/me/ex/main.go:8 +0x58\n"
        );
        assert_eq!(
            display_go_paths(text, Path::new("/c/stage/ex"), "ex", None),
            "# exercises/ex\nmain.go:6:2: declared and not used: x\n\tmain.go:8 +0x58\n"
        );
    }
}
