use super::exit;
use super::render;
use crate::Lang;
use crate::engine::Engine;
use crate::runner::{CancelToken, EventSink, NoEvents, Outcome, Phase, RunEvent, strip_ansi};
use serde::Serialize;
use std::io::IsTerminal;

/// Live progress on stderr, so stdout stays the verdict alone.
struct Progress;

impl EventSink for Progress {
    fn event(&self, event: RunEvent) {
        match event {
            RunEvent::PhaseStarted(phase) => {
                let what = match phase {
                    Phase::Build => "building",
                    Phase::Lint => "linting",
                    Phase::Run => "running",
                };
                anstream::eprintln!(
                    "{}{what}...{:#}",
                    render::style::dim(),
                    render::style::dim()
                );
            }
            RunEvent::BuildProgress { unit, done, total } => {
                anstream::eprintln!(
                    "{}  compiling {unit} ({done}/{total}){:#}",
                    render::style::dim(),
                    render::style::dim()
                );
            }
            _ => {}
        }
    }
}

/// `gorust check --json`: documented in the README as a stable contract.
#[derive(Serialize)]
struct CheckJson<'a> {
    exercise: &'a str,
    path: Option<String>,
    passed: bool,
    /// The outcome's tag: passed, wrong-output, compile-error, ...
    verdict: String,
    title: &'static str,
    outcome: Outcome,
    metrics: &'a crate::runner::Metrics,
    stdout: &'a str,
    stderr: &'a str,
    error_codes: &'a [String],
    explained_by: Vec<Explained>,
}

/// A page that explains the verdict: a rustc `code`, or for Go the
/// `explains_go` `message` found in the output (the other one is null).
#[derive(Serialize)]
struct Explained {
    code: Option<String>,
    message: Option<String>,
    lesson: String,
    page: usize,
    title: String,
}

pub fn run(engine: &Engine, id: &str, json: bool) -> anyhow::Result<u8> {
    let cancel = CancelToken::default();
    let path = engine
        .learner_files(id)?
        .first()
        .map(|p| p.display().to_string());
    let live = !json && std::io::stderr().is_terminal();
    let sink: &dyn EventSink = if live { &Progress } else { &NoEvents };
    if !json && let Some(path) = &path {
        anstream::eprintln!("checking {id} ({path})");
    }
    let verdict = engine.check(id, sink, &cancel)?;
    let lang = engine.find(id)?.1.lang();
    if json {
        let explained_by = crate::explain::explaining_verdict(Some(engine.pack()), &verdict, lang)
            .into_iter()
            .map(|p| Explained {
                code: (p.lang == Lang::Rust).then(|| p.code.clone()),
                message: (p.lang == Lang::Go).then_some(p.code),
                lesson: p.lesson,
                page: p.page,
                title: p.title,
            })
            .collect();
        let tag = serde_json::to_value(&verdict.outcome)?
            .get("verdict")
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let out = CheckJson {
            exercise: id,
            path,
            passed: verdict.passed(),
            verdict: tag,
            title: verdict.outcome.title(),
            outcome: plain(&verdict.outcome),
            metrics: &verdict.metrics,
            stdout: &verdict.stdout,
            stderr: verdict.stderr(),
            error_codes: verdict.error_codes(),
            explained_by,
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        anstream::print!("{}", render::verdict(engine, &verdict, lang));
    }
    Ok(if verdict.passed() {
        exit::OK
    } else if verdict.outcome.is_inconclusive() {
        exit::ERROR
    } else {
        exit::NOT_PASSED
    })
}

/// The outcome for a machine: the compiler's, linter's and test runner's
/// colours are for a terminal, so JSON carries their text alone.
fn plain(outcome: &Outcome) -> Outcome {
    match outcome.clone() {
        Outcome::CompileError { diagnostics, codes } => Outcome::CompileError {
            diagnostics: strip_ansi(&diagnostics),
            codes,
        },
        Outcome::LintFailed { diagnostics } => Outcome::LintFailed {
            diagnostics: strip_ansi(&diagnostics),
        },
        Outcome::TestsFailed { output } => Outcome::TestsFailed {
            output: strip_ansi(&output),
        },
        other => other,
    }
}
