//! Building and running Rust programs that need no crates: plain `rustc`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::pipeline::{Backend, Build};
use super::stage::{io_halt, placed_tests, rust_test_modules, sync_dir};
use super::{BuildReport, Context, Halt, LintReport, Phase, Program, RunEvent, Stream, Tool};

/// The plain-rustc back end: rustc, clippy-driver, the binary.
pub(crate) struct Rustc {
    rustc: PathBuf,
    stage: PathBuf,
    src: PathBuf,
    /// The arguments the build and the lint share.
    common: Vec<OsString>,
    main_file: PathBuf,
    binary: PathBuf,
}

impl Backend for Rustc {
    const TOOL: Tool = Tool::Rustc;

    fn more_tools(program: &Program) -> Vec<Tool> {
        program.lint.then_some(Tool::Clippy).into_iter().collect()
    }

    fn stage(cx: &Context<'_>, stage: PathBuf, rustc: PathBuf) -> Result<Rustc, Halt> {
        let program = cx.program;
        let src = stage.join("src");
        sync_dir(&src, &staged_files(program), &program.data)?;
        let binary = stage.join("prog");
        if binary.exists() {
            std::fs::remove_file(&binary).map_err(|e| io_halt("remove", &binary, &e))?;
        }

        // Diagnostics and panic messages name the learner's files.
        let remap = match &program.display_dir {
            Some(dir) => format!("--remap-path-prefix={}={}", src.display(), dir.display()),
            None => format!("--remap-path-prefix={}/=", src.display()),
        };
        let mut common: Vec<OsString> = vec![
            "--edition".into(),
            "2024".into(),
            "--crate-name".into(),
            crate_name(&program.name).into(),
            "--error-format=json".into(),
            "--json=diagnostic-rendered-ansi".into(),
            // Backtraces join the working directory (the stage) to the file
            // name: map it away too; the `src` mapping after it wins for the
            // files themselves.
            format!("--remap-path-prefix={}=", stage.display()).into(),
            remap.into(),
        ];
        if !program.tests.is_empty() {
            common.push("--test".into());
        }
        let main_file = src.join(&program.sources[0].path);
        Ok(Rustc {
            rustc,
            stage,
            src,
            common,
            main_file,
            binary,
        })
    }

    fn build(&mut self, cx: &Context<'_>) -> Result<Build, Halt> {
        let program = cx.program;
        let mut args = self.common.clone();
        args.extend([
            OsString::from("-C"),
            format!("incremental={}", self.stage.join("incremental").display()).into(),
            "-C".into(),
            "debuginfo=line-tables-only".into(),
            "-o".into(),
            self.binary.clone().into_os_string(),
            self.main_file.clone().into_os_string(),
        ]);
        if program.optimize {
            args.push("-O".into());
        }
        let rustc = &self.rustc;
        let Compiled {
            report: mut build,
            elapsed,
            past_end,
            ..
        } = compile(cx, Phase::Build, "rustc", rustc, &self.stage, args.clone())?;
        if past_end {
            // The error is on the test modules' line after the learner's last
            // one (an unclosed brace, say): what rustc says of the learner's
            // file alone names a line that exists.
            let alone = Program {
                tests: Vec::new(),
                ..program.clone()
            };
            sync_dir(&self.src, &staged_files(&alone), &program.data)?;
            let plain = compile(cx, Phase::Build, "rustc", rustc, &self.stage, args)?.report;
            if !plain.ok {
                build = plain;
            }
        }
        Ok(Build {
            report: build,
            elapsed,
            binary: Ok(self.binary.clone()),
        })
    }

    fn lint(&mut self, cx: &Context<'_>) -> Result<LintReport, Halt> {
        let clippy = cx.runner.require(Tool::Clippy)?;
        let mut args = self.common.clone();
        args.extend([
            OsString::from("--emit=metadata"),
            "--out-dir".into(),
            self.stage.join("lint").into_os_string(),
        ]);
        args.extend(LINT_ARGS.map(OsString::from));
        args.push(self.main_file.clone().into_os_string());
        let Compiled {
            report: lint,
            warnings,
            ..
        } = compile(cx, Phase::Lint, "clippy", clippy, &self.stage, args)?;
        Ok(LintReport {
            clean: lint.ok && warnings == 0,
            log: lint.log,
        })
    }

    fn run_dir(&self, cx: &Context<'_>) -> PathBuf {
        main_file_dir(&self.src, cx.program)
    }
}

/// The sources as they go into the stage, the main file ending with the
/// test modules when there are test files.
pub(crate) fn staged_files(program: &super::Program) -> Vec<(PathBuf, String)> {
    let mut files: Vec<(PathBuf, String)> = program
        .sources
        .iter()
        .map(|s| (s.path.clone(), s.contents.clone()))
        .collect();
    if let Some((_, main)) = files.first_mut() {
        main.push_str(&rust_test_modules(program));
    }
    files.extend(placed_tests(program));
    files
}

fn main_file_dir(src: &Path, program: &super::Program) -> PathBuf {
    match program.sources[0].path.parent() {
        Some(parent) => src.join(parent),
        None => src.to_path_buf(),
    }
}

/// rustc wants an identifier: `ownership-borrow` becomes `ownership_borrow`.
pub(crate) fn crate_name(name: &str) -> String {
    let name = name.replace('-', "_");
    match name.starts_with(|c: char| c.is_ascii_digit()) {
        true => format!("p_{name}"),
        false => name,
    }
}

/// What a lint check asks of clippy. `-D warnings` makes every warning an
/// error; `--force-warn clippy::all` keeps clippy's lints on whatever the
/// source says, so a learner's `#[allow(clippy::manual_map)]`,
/// `#![allow(clippy::all)]` or `#[expect(...)]` cannot turn a finding into a
/// pass. A force-warned lint stays a warning even under `-D warnings`, so a
/// check is clean only with no error and no lint warning. (rustc refuses
/// `--force-warn warnings`; rustc's own lints keep the learner's `allow`.)
pub(crate) const LINT_ARGS: [&str; 4] = ["--force-warn", "clippy::all", "-D", "warnings"];

/// Runs rustc or clippy-driver and collects its JSON diagnostics.
fn compile(
    cx: &Context<'_>,
    phase: Phase,
    what: &str,
    tool: &Path,
    cwd: &Path,
    args: Vec<OsString>,
) -> Result<Compiled, Halt> {
    let invocation = super::process::Invocation::new(tool, cwd)
        .args(args)
        .envs(cx.base_env())
        .timeout(super::BUILD_TIMEOUT)
        .output_cap(super::BUILD_OUTPUT_CAP);
    let mut diagnostics = Diagnostics::default();
    if phase == Phase::Lint {
        diagnostics.ignored_files = placed_tests(cx.program)
            .into_iter()
            .map(|(path, _)| path)
            .collect();
    }
    diagnostics.learner_end = cx
        .program
        .sources
        .first()
        .and_then(|main| learner_end(cx.program, main.path.clone()));
    let finished = cx.phase(phase, || {
        cx.tool(what, &invocation, &mut |stream, line| {
            let rendered = match stream {
                Stream::Stderr => diagnostics.add_line(line),
                Stream::Stdout => Some(format!("{line}\n")),
            };
            for line in rendered.iter().flat_map(|text| text.lines()) {
                cx.events.event(RunEvent::Output {
                    stream: Stream::Stderr,
                    line: line.to_string(),
                });
            }
        })
    })?;
    let past_end = diagnostics.past_end;
    let report = BuildReport {
        ok: finished.success() || diagnostics.only_ignored_findings(),
        log: diagnostics.log,
        codes: diagnostics.codes,
    };
    Ok(Compiled {
        report,
        elapsed: finished.elapsed,
        warnings: diagnostics.warnings,
        past_end,
    })
}

/// What one rustc or clippy run gave.
struct Compiled {
    report: BuildReport,
    elapsed: std::time::Duration,
    /// Lint warnings kept (see [`Diagnostics::warnings`]).
    warnings: usize,
    /// An error points at gorust's test-module line after the learner's last.
    past_end: bool,
}

/// The main file (`named` as diagnostics name it) and its last line, when
/// gorust appends test modules after it.
pub(crate) fn learner_end(program: &Program, named: PathBuf) -> Option<(PathBuf, usize)> {
    let main = program.sources.first()?;
    if rust_test_modules(program).is_empty() {
        return None;
    }
    Some((named, main.contents.lines().count()))
}

/// What rustc said, gathered from its JSON lines.
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    /// The rendered diagnostics, as rustc would print them.
    pub log: String,
    /// Error codes (`E0382`), first seen first, each once.
    pub codes: Vec<String>,
    pub errors: usize,
    /// Lint warnings kept (those with a lint name; not the "N warnings
    /// emitted" summary).
    pub warnings: usize,
    /// Files whose findings are dropped: the pack's test files when linting
    /// (they are not the learner's, nor the author's, to fix).
    pub ignored_files: Vec<PathBuf>,
    /// How many findings were dropped.
    pub ignored: usize,
    /// Errors kept that point at code (not summaries such as "aborting").
    pub located_errors: usize,
    /// The main file and its last line, when gorust appended a line to it.
    pub learner_end: Option<(PathBuf, usize)>,
    /// An error points past the learner's last line, at gorust's own.
    pub past_end: bool,
}

#[derive(Deserialize)]
pub(crate) struct Diagnostic {
    level: String,
    #[serde(default)]
    message: String,
    code: Option<DiagnosticCode>,
    #[serde(default)]
    spans: Vec<Span>,
    rendered: Option<String>,
}

#[derive(Deserialize)]
struct Span {
    file_name: String,
    is_primary: bool,
    #[serde(default)]
    line_start: usize,
}

#[derive(Deserialize)]
struct DiagnosticCode {
    code: String,
}

impl Diagnostics {
    /// One line of rustc's stderr; returns the text to show for it. A line
    /// that is not JSON (a compiler crash, say) is kept as it is.
    pub fn add_line(&mut self, line: &str) -> Option<String> {
        match serde_json::from_str::<Diagnostic>(line) {
            Ok(diagnostic) => self.add(diagnostic),
            Err(_) if line.trim().is_empty() => None,
            Err(_) => {
                let text = format!("{line}\n");
                self.log.push_str(&text);
                Some(text)
            }
        }
    }

    pub fn add(&mut self, diagnostic: Diagnostic) -> Option<String> {
        let primary = diagnostic.spans.iter().find(|s| s.is_primary);
        if let Some(span) = primary
            && self
                .ignored_files
                .iter()
                .any(|f| Path::new(&span.file_name).ends_with(f))
        {
            self.ignored += 1;
            return None;
        }
        // "aborting due to 2 previous errors" would count the dropped ones.
        let summary = diagnostic.spans.is_empty()
            && (diagnostic.message.starts_with("aborting due to")
                || diagnostic.message.ends_with("emitted"));
        if summary && self.ignored > 0 {
            return None;
        }
        if diagnostic.level == "error"
            && let Some(span) = primary
        {
            self.located_errors += 1;
            if let Some((main, last_line)) = &self.learner_end
                && Path::new(&span.file_name).ends_with(main)
                && span.line_start > *last_line
            {
                self.past_end = true;
            }
        }
        if diagnostic.level == "warning" && diagnostic.code.is_some() {
            self.warnings += 1;
        }
        if diagnostic.level == "error" {
            self.errors += 1;
            if let Some(code) = diagnostic.code
                && is_error_code(&code.code)
                && !self.codes.contains(&code.code)
            {
                self.codes.push(code.code);
            }
        }
        let rendered = diagnostic.rendered?;
        self.log.push_str(&rendered);
        Some(rendered)
    }
}

impl Diagnostics {
    /// The tool failed only because of findings in ignored files.
    pub fn only_ignored_findings(&self) -> bool {
        self.ignored > 0 && self.located_errors == 0
    }
}

/// `E` followed by four digits, the form of rustc's error codes: `E0382`,
/// not a lint name like `unused_imports` or `clippy::len_zero`.
pub fn is_error_code(code: &str) -> bool {
    code.len() == 5 && code.starts_with('E') && code[1..].chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn diagnostics_keep_error_codes_and_rendered_text() {
        let mut diagnostics = Diagnostics::default();
        let lines = [
            r#"{"$message_type":"diagnostic","message":"unused","code":{"code":"unused_imports","explanation":null},"level":"warning","spans":[],"children":[],"rendered":"warning: unused\n"}"#,
            r#"{"$message_type":"diagnostic","message":"moved","code":{"code":"E0382","explanation":"..."},"level":"error","spans":[],"children":[],"rendered":"error[E0382]: borrow of moved value\n"}"#,
            r#"{"$message_type":"diagnostic","message":"moved","code":{"code":"E0382","explanation":"..."},"level":"error","spans":[],"children":[],"rendered":"error[E0382]: again\n"}"#,
            r#"{"$message_type":"diagnostic","message":"aborting","code":null,"level":"error","spans":[],"children":[],"rendered":"error: aborting due to 2 previous errors\n"}"#,
            "thread 'rustc' panicked",
        ];
        for line in lines {
            diagnostics.add_line(line);
        }
        assert_eq!(diagnostics.codes, vec!["E0382"]);
        assert_eq!(diagnostics.errors, 3);
        assert!(diagnostics.log.starts_with("warning: unused\nerror[E0382]"));
        assert!(diagnostics.log.ends_with("thread 'rustc' panicked\n"));
    }

    #[test]
    fn findings_in_ignored_files_are_dropped_with_their_summary() {
        let mut diagnostics = Diagnostics {
            ignored_files: vec![PathBuf::from("halve_test.rs")],
            ..Diagnostics::default()
        };
        let lines = [
            r#"{"message":"literal bool","code":{"code":"clippy::bool_assert_comparison"},"level":"error","spans":[{"file_name":"src/bin/x/halve_test.rs","is_primary":true}],"rendered":"error: literal bool\n"}"#,
            r#"{"message":"aborting due to 1 previous error","code":null,"level":"error","spans":[],"rendered":"error: aborting due to 1 previous error\n"}"#,
        ];
        for line in lines {
            assert_eq!(diagnostics.add_line(line), None);
        }
        assert!(diagnostics.only_ignored_findings());
        assert_eq!(diagnostics.log, "");
        let own = r#"{"message":"needless return","code":null,"level":"error","spans":[{"file_name":"halve.rs","is_primary":true}],"rendered":"error: needless return\n"}"#;
        assert!(diagnostics.add_line(own).is_some());
        assert!(!diagnostics.only_ignored_findings());
    }

    #[test]
    fn crate_names_are_identifiers() {
        assert_eq!(crate_name("ownership-borrow"), "ownership_borrow");
        assert_eq!(crate_name("1-intro"), "p_1_intro");
    }
}
