//! A lesson page's panes as lines: the prose, each program, each output.

use super::super::app::{App, LessonPane};
use super::super::job::{JobSlot, RunState};
use super::super::markdown;
use super::super::theme::Palette;
use super::lines::{code_lines, mark_cut};
use super::verdict::{RunContext, run_lines};
use crate::explain::{seconds, size};
use crate::runner::Metrics;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

/// The lines of one pane `width` columns wide inside its borders, in the
/// app's colours.
pub fn pane_content(app: &App, pane: LessonPane, width: u16) -> Vec<Line<'static>> {
    let Some((view, lesson, page)) = app.current_lesson() else {
        return Vec::new();
    };
    let palette = &app.palette();
    match pane {
        LessonPane::Prose => {
            let mut lines = markdown::render(&page.text, width.saturating_sub(1), palette);
            let has_code = page.go.is_some() || page.rust.is_some();
            if has_code && view.runs.values().all(JobSlot::idle) {
                lines.push(Line::default());
                lines.push(Line::from(vec![
                    Span::styled("Press ", palette.dim),
                    Span::styled("r", palette.key),
                    Span::styled(" to build and run both programs, ", palette.dim),
                    Span::styled("e", palette.key),
                    Span::styled(" to edit one.", palette.dim),
                ]));
            }
            if !page.explains.is_empty() {
                lines.push(Line::styled(
                    format!("Explains rustc errors: {}", page.explains.join(", ")),
                    palette.dim,
                ));
            }
            if !page.explains_go.is_empty() {
                let messages: Vec<String> =
                    page.explains_go.iter().map(|m| format!("“{m}”")).collect();
                lines.extend(markdown::paragraph(
                    &format!("Explains Go messages: {}", messages.join(", ")),
                    palette.dim,
                    width,
                ));
            }
            lines
        }
        LessonPane::Code(lang) => {
            let Some(snippet) = page.snippet(lang) else {
                return Vec::new();
            };
            let text = view.playground[lang]
                .as_deref()
                .or_else(|| lesson.file(&snippet.file));
            match text {
                Some(text) => mark_cut(code_lines(text, lang, palette), width, palette),
                None => vec![Line::styled(
                    format!("{} is missing from the pack", snippet.file),
                    palette.error,
                )],
            }
        }
        LessonPane::Output(lang) => {
            let run = view.runs[lang].state();
            if *run == RunState::Idle {
                return Vec::new();
            }
            let cx = RunContext {
                snippet: page.snippet(lang),
                explain: None,
                crates: if lang == crate::Lang::Rust {
                    &page.inputs.crates
                } else {
                    &[]
                },
                lang: Some(lang),
                tick: app.tick,
            };
            let mut lines = run_lines(run, &cx, palette, width);
            if lang == crate::Lang::Rust
                && !run.running()
                && let Some((debug, optimized)) = view.rust_builds.both()
            {
                lines.push(Line::default());
                lines.extend(both_builds(debug, optimized, palette));
            }
            lines
        }
    }
}

/// The Rust program's figures in both build modes, as the runner measured
/// them, side by side.
fn both_builds(debug: &Metrics, optimized: &Metrics, palette: &Palette) -> Vec<Line<'static>> {
    let time = |t: Option<std::time::Duration>| t.map_or_else(|| "–".to_owned(), seconds);
    let bytes = |b: Option<u64>| b.map_or_else(|| "–".to_owned(), size);
    let memory = |k: Option<u64>| k.map_or_else(|| "–".to_owned(), |k| size(k * 1024));
    let rows = [
        ("build", time(debug.build_time), time(optimized.build_time)),
        (
            "binary",
            bytes(debug.binary_size),
            bytes(optimized.binary_size),
        ),
        ("run", time(debug.run_time), time(optimized.run_time)),
        (
            "memory",
            memory(debug.peak_memory_kib),
            memory(optimized.peak_memory_kib),
        ),
    ];
    let mut lines = vec![
        Line::styled(
            "Both Rust builds, as measured here",
            palette.dim.add_modifier(Modifier::BOLD),
        ),
        Line::styled(format!("{:<8}{:>12}{:>12}", "", "debug", "-O"), palette.dim),
    ];
    for (what, d, o) in rows {
        lines.push(Line::from(vec![
            Span::styled(format!("{what:<8}"), palette.dim),
            Span::styled(format!("{d:>12}{o:>12}"), palette.base),
        ]));
    }
    lines
}
