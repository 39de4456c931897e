//! A lesson page: the prose on top, the Go and Rust programs side by side
//! (stacked when narrow), each with its output once run.

use super::super::app::{App, LessonPane};
use super::super::content;
use super::super::job::RunState;
use super::common::{self, pane};
use ratatui::Frame;
use ratatui::text::{Line, Span};

pub fn draw(frame: &mut Frame, app: &App) {
    let (Some((view, lesson, page)), Some(layout)) =
        (app.current_lesson(), super::lesson_layout(app))
    else {
        return;
    };
    let palette = app.palette();
    if let Some(area) = layout.prose {
        let title = Line::from(vec![
            Span::styled(
                format!(" {}/{} ", view.page + 1, lesson.pages.len()),
                palette.dim,
            ),
            Span::styled(format!("{} ", page.title), palette.title),
        ]);
        let inner = super::layout::inner(area);
        let lines = content::lesson_pane(app, LessonPane::Prose, inner.width);
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
                Span::styled(format!("· {} ", snippet.file), palette.dim),
            ];
            // Before the page's expectation, so a narrow pane still says it.
            if edited(app, lang) {
                title.push(Span::styled("· edited (x: the page's) ", palette.warn));
            }
            title.push(Span::styled(
                format!("· {} ", snippet.expect.describe()),
                palette.dim,
            ));
            if lang == crate::Lang::Rust && view.optimize {
                // The mode the next run builds with (O toggles it).
                title.push(Span::styled("· -O ", palette.accent));
            }
            let title = Line::from(title);
            let inner = super::layout::inner(area);
            let lines = content::lesson_pane(app, LessonPane::Code(lang), inner.width);
            let block = pane(title, view.focus == LessonPane::Code(lang), &palette);
            common::scrolled(frame, area, block, lines, view.code_scroll[lang], &palette);
        }
        if let Some(area) = layout.output[lang] {
            let run = &view.runs[lang];
            let state = match run.state() {
                RunState::Running(_) => "running…".to_owned(),
                RunState::Finished(v) if v.passed() => "as expected".to_owned(),
                // Lower case, as the exercise result's "passed" and "not yet".
                RunState::Finished(v) => v.outcome.title().to_lowercase(),
                RunState::Failed(_) => "error".to_owned(),
                RunState::Idle => String::new(),
            };
            // A page that uses crates is built by cargo, not rustc.
            let cargo = !page.inputs.crates.is_empty();
            let build = match lang {
                crate::Lang::Go => "go build, always optimised",
                crate::Lang::Rust if cargo && view.rust_ran_optimized => "cargo --release",
                crate::Lang::Rust if cargo => "cargo, debug build",
                crate::Lang::Rust if view.rust_ran_optimized => "rustc -O",
                crate::Lang::Rust => "rustc, debug build",
            };
            let title = Line::from(vec![
                Span::styled(format!(" {lang} output "), palette.title),
                Span::styled(format!("· {state} · {build} "), palette.dim),
            ]);
            let inner = super::layout::inner(area);
            let lines = content::lesson_pane(app, LessonPane::Output(lang), inner.width);
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
