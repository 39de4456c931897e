//! A lesson page: the prose on top, the Go and Rust programs side by side
//! (stacked when narrow), each with its output once run.

use super::super::app::{App, LessonPane};
use super::super::job::{JobSlot, RunState};
use super::super::markdown;
use super::super::theme::Palette;
use super::common::{self, code_lines, pane};
use super::verdict::{RunContext, run_lines};
use crate::explain::{seconds, size};
use crate::runner::Metrics;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

pub fn draw(frame: &mut Frame, app: &App, _body: Rect) {
    let palette = app.palette();
    let Some((view, lesson, page)) = app.current_lesson() else {
        return;
    };
    let Some(layout) = super::lesson_layout(app) else {
        return;
    };
    if let Some(area) = layout.prose {
        let title = Line::from(vec![
            Span::styled(
                format!(" {}/{} ", view.page + 1, lesson.pages.len()),
                palette.dim,
            ),
            Span::styled(format!("{} ", page.title), palette.title),
        ]);
        let inner = super::layout::inner(area);
        let lines = pane_content(app, LessonPane::Prose, inner.width, &palette);
        let block = pane(title, view.focus == LessonPane::Prose, &palette);
        common::scrolled(frame, area, block, lines, view.prose_scroll, &palette);
    }
    for lang in crate::Lang::ALL {
        let Some(snippet) = page.snippet(lang) else {
            continue;
        };
        if let Some(area) = layout.code[lang] {
            if let Some(editor) = view.editor.as_ref().filter(|e| e.lang == lang) {
                super::exercise::draw_editor(frame, editor, area, &palette);
                continue;
            }
            let mut title = vec![
                Span::styled(format!(" {lang} "), palette.title),
                Span::styled(
                    format!("· {} · {} ", snippet.file, snippet.expect.describe()),
                    palette.dim,
                ),
            ];
            if edited(app, lang) {
                title.push(Span::styled("· edited (x: the page's) ", palette.warn));
            }
            if lang == crate::Lang::Rust && view.optimize {
                // The mode the next run builds with (O toggles it).
                title.push(Span::styled("· -O ", palette.accent));
            }
            let title = Line::from(title);
            let inner = super::layout::inner(area);
            let lines = pane_content(app, LessonPane::Code(lang), inner.width, &palette);
            let block = pane(title, view.focus == LessonPane::Code(lang), &palette);
            common::scrolled(frame, area, block, lines, view.code_scroll[lang], &palette);
        }
        if let Some(area) = layout.output[lang] {
            let run = &view.runs[lang];
            let state = match run.state() {
                RunState::Running(_) => "running…".to_owned(),
                RunState::Finished(v) if v.passed() => "as expected".to_owned(),
                RunState::Finished(v) => v.outcome.title().to_owned(),
                RunState::Failed(_) => "error".to_owned(),
                RunState::Idle => String::new(),
            };
            let build = match lang {
                crate::Lang::Go => "go build, always optimised",
                crate::Lang::Rust if view.rust_ran_optimized => "rustc -O",
                crate::Lang::Rust => "rustc, debug build",
            };
            let title = Line::from(vec![
                Span::styled(format!(" {lang} output "), palette.title),
                Span::styled(format!("· {state} · {build} "), palette.dim),
            ]);
            let inner = super::layout::inner(area);
            let lines = pane_content(app, LessonPane::Output(lang), inner.width, &palette);
            let block = pane(title, view.focus == LessonPane::Output(lang), &palette);
            let scroll = if run.running() {
                u16::MAX
            } else {
                view.output_scroll[lang]
            };
            common::scrolled(frame, area, block, lines, scroll, &palette);
        }
    }
}

/// The lines of one pane, for drawing and for scroll limits.
pub fn pane_content(
    app: &App,
    pane: LessonPane,
    width: u16,
    palette: &Palette,
) -> Vec<Line<'static>> {
    let Some((view, lesson, page)) = app.current_lesson() else {
        return Vec::new();
    };
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
                    width.saturating_sub(1),
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
                Some(text) => code_lines(text, lang, palette),
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

/// The learner's copy of the page's program in `lang` differs from it.
pub fn edited(app: &App, lang: crate::Lang) -> bool {
    let Some((view, lesson, page)) = app.current_lesson() else {
        return false;
    };
    let original = page.snippet(lang).and_then(|s| lesson.file(&s.file));
    view.playground[lang]
        .as_deref()
        .is_some_and(|copy| Some(copy) != original)
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
