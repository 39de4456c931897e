//! A lesson page: the prose on top, the Go and Rust programs side by side
//! (stacked when narrow), each with its output once run.

use super::super::app::{App, LessonPane};
use super::super::job::{JobSlot, RunState};
use super::super::markdown;
use super::super::theme::Palette;
use super::common::{self, code_lines, pane};
use super::verdict::{RunContext, run_lines};
use ratatui::Frame;
use ratatui::layout::Rect;
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
            let title = Line::from(vec![
                Span::styled(format!(" {lang} "), palette.title),
                Span::styled(
                    format!("· {} · {} ", snippet.file, snippet.expect.describe()),
                    palette.dim,
                ),
            ]);
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
            let title = Line::from(vec![
                Span::styled(format!(" {lang} output "), palette.title),
                Span::styled(format!("· {state} "), palette.dim),
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
                    Span::styled(" to build and run both programs.", palette.dim),
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
            match lesson.file(&snippet.file) {
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
            run_lines(run, &cx, palette, width)
        }
    }
}
