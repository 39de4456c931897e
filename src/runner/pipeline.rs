//! The one pipeline every language back end goes through: require the tools,
//! lock the stage, put the files in place, build, measure, lint, run. A back
//! end says only what is particular to its language, through [`Backend`].

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::stage::{DirLock, stage_dir};
use super::{
    BuildReport, Built, Context, Execution, Halt, LintReport, Metrics, Program, RunReport, Tool,
};

/// What a build step gives the driver.
pub(crate) struct Build {
    pub report: BuildReport,
    pub elapsed: Duration,
    /// Where the built program is, or why that is unknown; looked at only
    /// after a successful build that is to be run.
    pub binary: Result<PathBuf, Halt>,
}

/// The steps of one language. The driver calls them in order, each at most
/// once, and stops at the first that fails or finds fault.
pub(crate) trait Backend: Sized {
    /// The tool the back end drives (go, rustc, cargo); its path is given
    /// to [`Backend::stage`].
    const TOOL: Tool;

    /// The other tools this program needs, in the order a missing one is
    /// reported. The driver looks them all up before anything is touched,
    /// so a back end's own `require` of one later is a remembered answer.
    fn more_tools(program: &Program) -> Vec<Tool>;

    /// Puts the program's files in place; called under the stage lock with
    /// the stage directory and the path of [`Backend::TOOL`].
    fn stage(cx: &Context<'_>, stage: PathBuf, tool: PathBuf) -> Result<Self, Halt>;

    /// Compiles the program (or its test binary).
    fn build(&mut self, cx: &Context<'_>) -> Result<Build, Halt>;

    /// Lints the built program; asked only when the program wants a lint.
    fn lint(&mut self, cx: &Context<'_>) -> Result<LintReport, Halt>;

    /// The directory the program runs in.
    fn run_dir(&self, cx: &Context<'_>) -> PathBuf;

    /// A tool's or the program's text with the stage's paths shown as the
    /// learner's (rustc is told to remap them itself).
    fn display(&self, _cx: &Context<'_>, text: &str) -> String {
        text.to_owned()
    }

    /// Runs the built program under the learner's limits, in `run_dir`.
    fn run(
        self,
        cx: &Context<'_>,
        binary: &Path,
        metrics: &mut Metrics,
    ) -> Result<RunReport, Halt> {
        let testing = !cx.program.tests.is_empty();
        let display = |text: &str| self.display(cx, text);
        cx.run_program(binary, &self.run_dir(cx), testing, &display, metrics)
    }
}

/// Builds, lints (when asked) and runs one program with back end `B`.
pub(crate) fn drive<B: Backend>(cx: &Context<'_>) -> Result<Built, Halt> {
    let program = cx.program;
    let tool = cx.runner.require(B::TOOL)?.to_path_buf();
    for more in B::more_tools(program) {
        cx.runner.require(more)?;
    }
    let stage = stage_dir(cx.runner.cache_dir(), &program.name);
    // The stage lock keeps two runs of the same program apart while one of
    // them runs the binary; it is released after the back end (declared
    // later, dropped first).
    let _lock = DirLock::acquire(&stage.with_extension("lock"), cx.cancel)?;
    let mut backend = B::stage(cx, stage, tool)?;
    if cx.wants_run() {
        // The helper that will measure the program starts while it builds.
        cx.warm_up(&backend.run_dir(cx));
    }

    let mut metrics = Metrics::default();
    let build = backend.build(cx)?;
    metrics.build_time = Some(build.elapsed);
    let mut execution = Execution {
        lang: program.lang,
        tests: !program.tests.is_empty(),
        build: build.report,
        lint: None,
        run: None,
    };
    if !execution.build.ok || !cx.wants_run() {
        return Ok(Built { execution, metrics });
    }
    let binary = build.binary?;
    metrics.binary_size = std::fs::metadata(&binary).ok().map(|m| m.len());

    if program.lint {
        let lint = backend.lint(cx)?;
        let clean = lint.clean;
        execution.lint = Some(lint);
        if !clean {
            return Ok(Built { execution, metrics });
        }
    }

    execution.run = Some(backend.run(cx, &binary, &mut metrics)?);
    Ok(Built { execution, metrics })
}
