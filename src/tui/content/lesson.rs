//! A lesson page's panes as lines: the prose, each program, each output.

use super::super::app::{App, LessonPane};
use super::super::job::{JobSlot, RunState};
use super::super::markdown;
use super::lines::code_lines;
use super::verdict::{RunContext, run_lines};
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
                    Span::styled(" to build and run both programs.", palette.dim),
                ]));
            }
            if !page.explains.is_empty() {
                lines.push(Line::styled(
                    format!("Explains rustc errors: {}", page.explains.join(", ")),
                    palette.dim,
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
                tick: app.tick,
            };
            run_lines(run, &cx, palette, width)
        }
    }
}
