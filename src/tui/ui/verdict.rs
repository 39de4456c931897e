//! A run as lines: live progress while it builds and runs, then the verdict
//! in words, its measurements, and what explains it (a diff, the compiler's
//! own colours, a race report).

use super::super::app::TICK_MILLIS;
use super::super::job::{RunState, Running};
use super::super::markdown::paragraph;
use super::super::theme::Palette;
use super::common::{ansi_lines, bar, capitalised, human_size, seconds};
use crate::pack::{Expect, Snippet};
use crate::runner::{DiffTag, Outcome, Phase, Stream, Verdict};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

pub struct RunContext<'a> {
    /// For a lesson snippet: what the page expects it to do.
    pub snippet: Option<&'a Snippet>,
    /// A page that explains one of the verdict's codes: (code, page title).
    pub explain: Option<(String, String)>,
    pub tick: u64,
}

/// Lines of diagnostics shown at most; the rest is summarised.
const MAX_LOG_LINES: usize = 400;
const SPINNER: [&str; 8] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧"];

pub fn run_lines(
    run: &RunState,
    cx: &RunContext<'_>,
    palette: &Palette,
    width: u16,
) -> Vec<Line<'static>> {
    super::common::hard_wrap(unwrapped(run, cx, palette, width), width)
}

fn unwrapped(
    run: &RunState,
    cx: &RunContext<'_>,
    palette: &Palette,
    width: u16,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    match run {
        RunState::Running(run) => running(run, cx, palette, width, &mut out),
        RunState::Failed(error) => {
            out.push(Line::styled(
                "✘ Could not run",
                palette.error.add_modifier(Modifier::BOLD),
            ));
            out.extend(paragraph(&error.to_string(), palette.base, width));
        }
        RunState::Finished(verdict) => finished(verdict, cx, palette, width, &mut out),
        RunState::Idle => {}
    }
    out
}

/// Output first and the spinner and progress bar last, as cargo does: the
/// pane follows the tail, so what is happening now is always in view.
fn running(
    run: &Running,
    cx: &RunContext<'_>,
    palette: &Palette,
    width: u16,
    out: &mut Vec<Line<'static>>,
) {
    for (stream, line) in &run.live {
        let mut lines = ansi_lines(line, palette, 1);
        if *stream == Stream::Stderr && !line.contains('\u{1b}') {
            for l in &mut lines {
                for s in &mut l.spans {
                    s.style = palette.dim.patch(Style {
                        fg: s.style.fg.or(palette.dim.fg),
                        ..s.style
                    });
                }
            }
        }
        out.extend(lines);
    }
    if !run.live.is_empty() {
        out.push(Line::default());
    }
    let spinner = SPINNER[(cx.tick as usize) % SPINNER.len()];
    let elapsed = cx.tick.saturating_sub(run.started_tick) * TICK_MILLIS;
    let what = match run.phase {
        None => "Starting",
        Some(Phase::Build) => "Building",
        Some(Phase::Lint) => "Linting",
        Some(Phase::Run) => "Running",
    };
    out.push(Line::from(vec![
        Span::styled(
            format!("{spinner} {what}…"),
            palette.accent.add_modifier(Modifier::BOLD),
        ),
        Span::styled(
            format!("  {:.1} s  (Esc cancels)", elapsed as f64 / 1000.0),
            palette.dim,
        ),
    ]));
    if let Some((unit, done, total)) = &run.progress {
        let bar_width = usize::from(width)
            .saturating_sub(22 + 7 + unit.len())
            .clamp(5, 30);
        let mut spans = vec![Span::styled("Compiling crates ", palette.base)];
        spans.extend(bar(*done, *total, bar_width, palette));
        spans.push(Span::styled(format!(" {done}/{total} "), palette.base));
        spans.push(Span::styled(unit.clone(), palette.accent));
        out.push(Line::from(spans));
        out.extend(paragraph(
            "The first build of the pinned crates takes a while; later checks reuse it.",
            palette.dim,
            width,
        ));
    }
}

fn heading(text: &str, palette: &Palette) -> Line<'static> {
    Line::styled(text.to_owned(), palette.dim.add_modifier(Modifier::BOLD))
}

fn plain(text: &str, style: Style, out: &mut Vec<Line<'static>>) {
    for l in text.lines() {
        out.push(Line::styled(l.replace('\t', "    "), style));
    }
}

fn metrics(verdict: &Verdict) -> Option<String> {
    let m = &verdict.metrics;
    let mut parts = Vec::new();
    if let Some(t) = m.build_time {
        parts.push(format!("build {}", seconds(t)));
    }
    if let Some(size) = m.binary_size {
        parts.push(format!("binary {}", human_size(size)));
    }
    if let Some(t) = m.run_time {
        parts.push(format!("run {}", seconds(t)));
    }
    if let Some(kib) = m.peak_memory_kib {
        parts.push(format!("memory {}", human_size(kib * 1024)));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

fn finished(
    verdict: &Verdict,
    cx: &RunContext<'_>,
    palette: &Palette,
    width: u16,
    out: &mut Vec<Line<'static>>,
) {
    let say = |out: &mut Vec<Line<'static>>, text: &str, style: Style| {
        out.extend(paragraph(text, style, width))
    };
    let passed = verdict.passed();
    let bold = Modifier::BOLD;
    let title = match (cx.snippet, passed) {
        (Some(snippet), true) => {
            format!("✔ {}, as expected", capitalised(&snippet.expect.describe()))
        }
        (None, true) => "✔ Passed".to_owned(),
        (_, false) => match &verdict.outcome {
            Outcome::Cancelled => "■ Cancelled".to_owned(),
            other => format!("✘ {}", other.title()),
        },
    };
    let style = match (&verdict.outcome, passed) {
        (_, true) => palette.ok.add_modifier(bold),
        (Outcome::Cancelled | Outcome::TimedOut { .. } | Outcome::OutputLimit { .. }, _) => {
            palette.warn.add_modifier(bold)
        }
        _ => palette.error.add_modifier(bold),
    };
    say(out, &title, style);
    if let Some(m) = metrics(verdict) {
        say(out, &m, palette.dim);
    }
    out.push(Line::default());

    match &verdict.outcome {
        Outcome::Passed => {
            if cx.snippet.is_none() {
                say(
                    out,
                    "Your program does what the exercise asks.",
                    palette.base,
                );
                out.push(Line::default());
            }
            let expects_failure = cx
                .snippet
                .is_some_and(|s| !matches!(s.expect, Expect::Output));
            if expects_failure && !verdict.build_log.trim().is_empty() {
                out.push(heading("The compiler says", palette));
                out.extend(ansi_lines(&verdict.build_log, palette, MAX_LOG_LINES));
                out.push(Line::default());
            }
            output_sections(verdict, palette, out);
        }
        Outcome::WrongOutput { diff, .. } => {
            say(
                out,
                "It runs, but prints something else than expected.",
                palette.base,
            );
            out.push(Line::from(vec![
                Span::styled("- expected, missing  ", palette.diff_delete),
                Span::styled(" ", palette.base),
                Span::styled("+ printed, not expected", palette.diff_insert),
            ]));
            out.push(Line::default());
            for d in diff {
                let (mark, style) = match d.tag {
                    DiffTag::Equal => ("  ", palette.base),
                    DiffTag::Delete => ("- ", palette.diff_delete),
                    DiffTag::Insert => ("+ ", palette.diff_insert),
                };
                out.push(Line::styled(
                    format!("{mark}{}", d.text.replace('\t', "    ")),
                    style,
                ));
            }
            if !verdict.stderr.trim().is_empty() {
                out.push(Line::default());
                out.push(heading("Standard error", palette));
                plain(&verdict.stderr, palette.dim, out);
            }
        }
        Outcome::CompileError { diagnostics, codes } => {
            say(out, "It does not compile. The compiler says:", palette.base);
            out.push(Line::default());
            let log = if diagnostics.trim().is_empty() {
                &verdict.build_log
            } else {
                diagnostics
            };
            out.extend(ansi_lines(log, palette, MAX_LOG_LINES));
            let codes = if codes.is_empty() {
                &verdict.error_codes
            } else {
                codes
            };
            if !codes.is_empty() {
                out.push(Line::default());
                out.push(Line::styled(
                    format!("Error codes: {}", codes.join(", ")),
                    palette.dim,
                ));
            }
            explain(cx, palette, out);
        }
        Outcome::LintFailed { diagnostics } => {
            say(out, "It works, but the linter objects:", palette.base);
            out.push(Line::default());
            out.extend(ansi_lines(diagnostics, palette, MAX_LOG_LINES));
        }
        Outcome::TestsFailed { output } => {
            say(out, "Some tests failed:", palette.base);
            out.push(Line::default());
            out.extend(ansi_lines(output, palette, MAX_LOG_LINES));
        }
        Outcome::RuntimeError {
            exit_code,
            signal,
            panicked,
            stderr,
        } => {
            let words = match (panicked, signal, exit_code) {
                (true, _, _) => {
                    "The program panicked: it hit an error it could not handle and stopped."
                        .to_owned()
                }
                (_, Some(sig), _) => format!(
                    "The program was killed by signal {sig}{}.",
                    signal_name(*sig)
                ),
                (_, _, Some(code)) => format!(
                    "The program exited with status {code}; a program that succeeds exits with 0."
                ),
                _ => "The program stopped abnormally.".to_owned(),
            };
            say(out, &words, palette.base);
            out.push(Line::default());
            let text = if stderr.trim().is_empty() {
                &verdict.stderr
            } else {
                stderr
            };
            if !text.trim().is_empty() {
                out.push(heading("What it printed on standard error", palette));
                plain(text, palette.error, out);
            }
            if !verdict.stdout.trim().is_empty() {
                out.push(Line::default());
                out.push(heading("Output before that", palette));
                plain(&verdict.stdout, palette.base, out);
            }
        }
        Outcome::Race { report } => {
            say(
                out,
                "Go's race detector caught two goroutines using the same memory at the same time, at least one of them writing, with nothing ordering them.",
                palette.base,
            );
            out.push(Line::default());
            out.push(heading("The race report", palette));
            plain(report, palette.warn, out);
        }
        Outcome::TimedOut {
            after,
            running_test,
            ..
        } => {
            say(
                out,
                &format!(
                    "Still running after {}, so it was stopped. Look for a loop that never ends, a goroutine or thread that waits forever, or a read of input that never comes.",
                    seconds(*after)
                ),
                palette.base,
            );
            // The test that was running (runner: issue 10.10); its last
            // output is in the output sections below.
            if let Some(test) = running_test {
                say(out, &format!("Running test: {test}"), palette.accent);
            }
            output_sections(verdict, palette, out);
        }
        Outcome::OutputLimit {
            limit,
            first_lines,
            last_lines,
        } => {
            say(
                out,
                &format!(
                    "It printed more than {}, so it was stopped. Look for a loop that prints without end.",
                    human_size(*limit as u64)
                ),
                palette.base,
            );
            // A sample of the flood (runner: issue 10.10).
            for (title, lines) in [
                ("It began with", first_lines),
                ("and ended with", last_lines),
            ] {
                if !lines.is_empty() {
                    out.push(Line::default());
                    out.push(heading(title, palette));
                    plain(lines, palette.base, out);
                }
            }
        }
        Outcome::ToolchainMissing { tool, help } => {
            say(
                out,
                &format!("{tool} is not installed, or not on your PATH."),
                palette.base,
            );
            say(out, help, palette.accent);
        }
        Outcome::RuleFailed {
            message,
            file,
            line,
        } => {
            let place = match (file, line) {
                (Some(file), Some(line)) => format!(" ({file}:{line})"),
                (Some(file), None) => format!(" ({file})"),
                _ => String::new(),
            };
            say(
                out,
                &format!("The program works, but the exercise asks for more: {message}{place}"),
                palette.base,
            );
        }
        Outcome::NotAsExpected { expected, actual } => {
            out.push(Line::from(vec![
                Span::styled("Expected: ", palette.dim),
                Span::styled(expected.clone(), palette.base),
            ]));
            out.push(Line::from(vec![
                Span::styled("Actually: ", palette.dim),
                Span::styled(actual.clone(), palette.base),
            ]));
            out.push(Line::default());
            if !verdict.build_log.trim().is_empty() {
                out.push(heading("The compiler says", palette));
                out.extend(ansi_lines(&verdict.build_log, palette, MAX_LOG_LINES));
            }
            output_sections(verdict, palette, out);
        }
        Outcome::Cancelled => out.push(Line::styled("Stopped before it finished.", palette.base)),
        Outcome::Error { message } => plain(message, palette.base, out),
    }
}

fn explain(cx: &RunContext<'_>, palette: &Palette, out: &mut Vec<Line<'static>>) {
    if let Some((code, title)) = &cx.explain {
        out.push(Line::default());
        out.push(Line::from(vec![
            Span::styled("▶ Press ", palette.accent),
            Span::styled("o", palette.key),
            Span::styled(
                format!(" to read “{title}”, which explains {code}."),
                palette.accent,
            ),
        ]));
    }
}

fn output_sections(verdict: &Verdict, palette: &Palette, out: &mut Vec<Line<'static>>) {
    if !verdict.stdout.is_empty() {
        out.push(heading("Output", palette));
        plain(&verdict.stdout, palette.base, out);
    }
    if !verdict.stderr.trim().is_empty() {
        out.push(Line::default());
        out.push(heading("Standard error", palette));
        plain(&verdict.stderr, palette.dim, out);
    }
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        6 => " (SIGABRT: the program aborted)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV: it touched memory it does not own)",
        15 => " (SIGTERM)",
        _ => "",
    }
}
