//! A run as lines: live progress while it builds and runs, then the verdict's
//! explanation (the one `gorust check` prints) drawn in the theme's colours.

use super::super::app::TICK_MILLIS;
use super::super::job::{RunState, Running};
use super::super::markdown::paragraph;
use super::super::theme::Palette;
use super::lines::{ansi_lines, bar};
use crate::Lang;
use crate::explain::{
    Context, DIFF_EXPECTED, DIFF_PRINTED, Explanation, Section, Tone, explained_by,
};
use crate::pack::{Pack, Snippet};
use crate::runner::{DiffTag, Phase, Stream, Verdict};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

pub struct RunContext<'a> {
    /// For a lesson snippet: what the page expects it to do.
    pub snippet: Option<&'a Snippet>,
    /// The pack whose pages explain the verdict's error codes, where `o`
    /// opens the first of them.
    pub explain: Option<&'a Pack>,
    /// The crates cargo builds for this program (none: rustc or go).
    pub crates: &'a [String],
    /// The program's language (Go's messages are explained only for Go).
    pub lang: Option<Lang>,
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
    super::lines::hard_wrap(unwrapped(run, cx, palette, width), width)
}

/// What every part of a run's lines is drawn with.
#[derive(Clone, Copy)]
struct Pen<'a> {
    cx: &'a RunContext<'a>,
    palette: &'a Palette,
    width: u16,
}

fn unwrapped(
    run: &RunState,
    cx: &RunContext<'_>,
    palette: &Palette,
    width: u16,
) -> Vec<Line<'static>> {
    let pen = Pen { cx, palette, width };
    let mut out = Vec::new();
    match run {
        RunState::Running(run) => running(run, pen, &mut out),
        RunState::Failed(error) => {
            out.push(Line::styled(
                "✘ Could not run",
                palette.error.add_modifier(Modifier::BOLD),
            ));
            out.extend(paragraph(&error.to_string(), palette.base, width));
        }
        RunState::Finished(verdict) => finished(verdict, pen, &mut out),
        RunState::Idle => {}
    }
    out
}

/// Output first and the spinner and progress bar last, as cargo does: the
/// pane follows the tail, so what is happening now is always in view.
fn running(run: &Running, pen: Pen<'_>, out: &mut Vec<Line<'static>>) {
    let Pen { cx, palette, width } = pen;
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
    }
    // A cold build of crates takes seconds with nothing else to show (cargo
    // reports progress late, if at all); whether the cache is warm is not
    // known here, and a warm build ends before the line is read.
    let building = run.phase.is_none() || run.phase == Some(Phase::Build);
    if building && (!cx.crates.is_empty() || run.progress.is_some()) {
        out.extend(paragraph(&crates_note(cx.crates), palette.dim, width));
    }
}

/// What a build of crates is doing, and how to have it done ahead of time.
pub fn crates_note(crates: &[String]) -> String {
    let what = match crates {
        [] => "the pinned crates".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    format!(
        "Building with cargo: the first build of {what} takes a few seconds, later ones reuse it; `gorust prepare` does it ahead of time."
    )
}

fn heading(text: &str, palette: &Palette) -> Line<'static> {
    Line::styled(text.to_owned(), palette.dim.add_modifier(Modifier::BOLD))
}

fn plain(text: &str, style: Style, out: &mut Vec<Line<'static>>) {
    for l in text.lines() {
        out.push(Line::styled(l.replace('\t', "    "), style));
    }
}

fn style_of(tone: Tone, palette: &Palette) -> Style {
    match tone {
        Tone::Plain => palette.base,
        Tone::Dim => palette.dim,
        Tone::Good => palette.ok,
        Tone::Warn => palette.warn,
        Tone::Bad => palette.error,
        Tone::Accent => palette.accent,
    }
}

/// The explanation the command line prints too, drawn as lines.
fn finished(verdict: &Verdict, pen: Pen<'_>, out: &mut Vec<Line<'static>>) {
    let Pen { cx, palette, width } = pen;
    let context = Context {
        expect: cx.snippet.map(|s| &s.expect),
        pack: cx.explain,
        lang: cx.lang,
    };
    let e = Explanation::of(verdict, context);
    let headline = format!("{} {}", e.mark, e.headline);
    let bold = style_of(e.tone, palette).add_modifier(Modifier::BOLD);
    out.extend(paragraph(&headline, bold, width));
    if let Some(m) = &e.metrics {
        out.extend(paragraph(m, palette.dim, width));
    }
    out.push(Line::default());
    for (tone, text) in &e.advice {
        out.extend(paragraph(text, style_of(*tone, palette), width));
    }
    for (gap, section) in e.spaced_sections() {
        if gap {
            out.push(Line::default());
        }
        draw_section(section, cx.explain.is_some(), pen, out);
    }
    if cx.explain.is_some()
        && let Some(code) = rustc_explain_offer(&e)
    {
        out.push(Line::from(vec![
            Span::styled("▶ Press ", palette.accent),
            Span::styled("o", palette.key),
            Span::styled(
                format!(" for what rustc --explain {code} says."),
                palette.accent,
            ),
        ]));
    }
}

/// The code `o` asks rustc about: the first, when no page explains any.
fn rustc_explain_offer(e: &Explanation) -> Option<&str> {
    if e.sections
        .iter()
        .any(|s| matches!(s, Section::ExplainedBy(_)))
    {
        return None;
    }
    e.sections.iter().find_map(|s| match s {
        Section::Codes(codes) => codes.first().map(String::as_str),
        _ => None,
    })
}

fn draw_section(section: &Section, can_open: bool, pen: Pen<'_>, out: &mut Vec<Line<'static>>) {
    let Pen { palette, width, .. } = pen;
    match section {
        Section::Diff(diff) => {
            out.push(Line::from(vec![
                Span::styled(format!("{DIFF_EXPECTED}  "), palette.diff_delete),
                Span::styled(" ", palette.base),
                Span::styled(DIFF_PRINTED, palette.diff_insert),
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
        }
        Section::Log { heading: h, text } => {
            if let Some(h) = h {
                out.push(heading(h, palette));
            }
            out.extend(ansi_lines(text, palette, MAX_LOG_LINES));
        }
        Section::Text {
            heading: h,
            text,
            tone,
        } => {
            if let Some(h) = h {
                out.push(heading(h, palette));
            }
            plain(text, style_of(*tone, palette), out);
        }
        Section::Codes(codes) => out.push(Line::styled(
            format!("Error codes: {}", codes.join(", ")),
            palette.dim,
        )),
        Section::Expected { expected, actual } => {
            out.push(Line::from(vec![
                Span::styled("Expected: ", palette.dim),
                Span::styled(expected.clone(), palette.base),
            ]));
            out.push(Line::from(vec![
                Span::styled("Actually: ", palette.dim),
                Span::styled(actual.clone(), palette.base),
            ]));
        }
        Section::ExplainedBy(pages) => {
            // Sentences: wrapped at words, not cut mid-word like a log.
            for p in pages {
                out.extend(paragraph(&explained_by(p), palette.warn, width));
            }
            if let (true, Some(first)) = (can_open, pages.first()) {
                out.push(Line::from(vec![
                    Span::styled("▶ Press ", palette.accent),
                    Span::styled("o", palette.key),
                    Span::styled(format!(" to read “{}”.", first.title), palette.accent),
                ]));
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::runner::{DiffLine, Metrics, Outcome, strip_ansi};
    use crate::tui::Theme;
    use std::time::Duration;

    fn verdicts() -> Vec<Verdict> {
        let measured = Metrics {
            build_time: Some(Duration::from_millis(420)),
            binary_size: Some(1_600_000),
            run_time: Some(Duration::from_millis(3)),
            peak_memory_kib: Some(2048),
        };
        vec![
            Verdict::new(Outcome::Passed)
                .with_metrics(measured.clone())
                .with_stdout("sum = 6\n"),
            Verdict::new(Outcome::WrongOutput {
                expected: "sum = 6".into(),
                actual: "sum = 5".into(),
                diff: vec![
                    DiffLine {
                        tag: DiffTag::Delete,
                        text: "sum = 6".into(),
                    },
                    DiffLine {
                        tag: DiffTag::Insert,
                        text: "sum = 5".into(),
                    },
                ],
            })
            .with_stderr("debug: 5\n"),
            Verdict::new(Outcome::CompileError {
                diagnostics: "\u{1b}[1merror[E0382]\u{1b}[0m: borrow of moved value\n".into(),
                codes: vec!["E0382".into()],
            }),
            Verdict::new(Outcome::RuntimeError {
                exit_code: Some(101),
                signal: None,
                panicked: true,
                stderr: "thread 'main' panicked\n".into(),
            })
            .with_stdout("before\n"),
            Verdict::new(Outcome::Race {
                report: "WARNING: DATA RACE\n".into(),
            }),
            Verdict::new(Outcome::TimedOut {
                after: Duration::from_secs(2),
                running_test: Some("TestSlow".into()),
                last_output: "slow starting".into(),
            }),
            Verdict::new(Outcome::OutputLimit {
                limit: 1 << 20,
                first_lines: "y\ny".into(),
                last_lines: "y".into(),
            }),
            Verdict::new(Outcome::ToolchainMissing {
                tool: "go".into(),
                help: "Install Go from go.dev.".into(),
            }),
            Verdict::new(Outcome::RuleFailed {
                message: "Borrow the String instead of cloning it.".into(),
                file: Some("shout.rs".into()),
                line: Some(8),
            }),
            Verdict::new(Outcome::NotAsExpected {
                expected: "a panic".into(),
                actual: "it ran and exited with status 0".into(),
            }),
            Verdict::new(Outcome::Cancelled),
        ]
    }

    /// The promise of `explain.rs`: `gorust check` and the result pane say
    /// the same words, line for line.
    #[test]
    fn the_command_line_and_the_screen_say_the_same_words() {
        let palette = Palette::new(Theme::Dark, false);
        let cx = RunContext {
            snippet: None,
            explain: None,
            crates: &[],
            lang: None,
            tick: 0,
        };
        for verdict in verdicts() {
            let mut lines = Vec::new();
            let pen = Pen {
                cx: &cx,
                palette: &palette,
                width: 1000,
            };
            finished(&verdict, pen, &mut lines);
            let screen: Vec<String> = lines
                .iter()
                .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
                .collect();
            let explanation = Explanation::of(&verdict, Context::default());
            let cli = strip_ansi(&crate::cli::render::text(&explanation));
            let cli: Vec<&str> = cli.lines().collect();
            assert_eq!(screen, cli, "{:?}", verdict.outcome);
        }
    }
}
