//! Boxes drawn over a screen: the key help, a yes/no question, a solution,
//! what `rustc --explain` says of an error code.

use super::super::app::{App, Confirm, Overlay, SolutionTab};
use super::super::content;
use super::super::layout;
use super::common::{self, pane};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn help(frame: &mut Frame, app: &App, area: Rect, scroll: u16) {
    scrolled_overlay(frame, app, area, scroll, " Keys · Esc closes ".to_owned());
}

pub fn rustc_explain(frame: &mut Frame, app: &App, area: Rect, code: &str, scroll: u16) {
    let title = format!(" rustc --explain {code} · Esc closes ");
    scrolled_overlay(frame, app, area, scroll, title);
}

/// An overlay of scrolled text (help, solution, rustc --explain) over the
/// screen.
fn scrolled_overlay(frame: &mut Frame, app: &App, area: Rect, scroll: u16, title: String) {
    let palette = app.palette();
    let rect = layout::overlay(area);
    let Some(lines) = content::overlay(app, layout::inner(rect).width) else {
        return;
    };
    frame.render_widget(Clear, rect);
    let block = pane(Line::styled(title, palette.title), true, &palette);
    common::scrolled(frame, rect, block, lines, scroll, &palette);
}

pub fn solution(frame: &mut Frame, app: &App, area: Rect, scroll: u16) {
    let title = match &app.overlay {
        Some(Overlay::Solution {
            tab: SolutionTab::Diff,
            ..
        }) => " Your solution vs the reference · Tab: the whole reference · Esc closes ",
        _ => " Reference solution · Tab: your diff · Esc closes ",
    };
    scrolled_overlay(frame, app, area, scroll, title.to_owned());
}

pub fn confirm(frame: &mut Frame, app: &App, area: Rect, what: Confirm) {
    let palette = app.palette();
    let title = app
        .current_exercise()
        .map(|(_, _, e)| e.title.clone())
        .unwrap_or_default();
    let question = match what {
        Confirm::Reset => {
            format!("Reset “{title}” to the starter? Your current file is kept as a backup.")
        }
        Confirm::ResetProgram(lang) => {
            let file = app
                .current_lesson()
                .and_then(|(_, _, page)| page.snippet(lang))
                .map(|s| s.file.clone())
                .unwrap_or_default();
            format!("Put the page's {file} back? Your edited copy is kept as a backup.")
        }
        Confirm::ShowSolution => {
            "You have not passed this exercise yet. Show the solution anyway?".to_owned()
        }
        Confirm::DiscardEdits => "Close the editor and lose your unsaved changes?".to_owned(),
        Confirm::QuitDiscarding => "Quit and lose your unsaved changes in the editor?".to_owned(),
    };
    let width = (question.width() as u16 + 4).clamp(30, 64).min(area.width);
    let rect = layout::centered(area, width, 6);
    frame.render_widget(Clear, rect);
    let block = pane(
        Line::styled(" Are you sure? ", palette.title),
        true,
        &palette,
    );
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let lines = vec![
        Line::styled(question, palette.base),
        Line::default(),
        Line::from(vec![
            Span::styled("y", palette.key),
            Span::styled(" yes   ", palette.dim),
            Span::styled("n", palette.key),
            Span::styled(" no", palette.dim),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .style(palette.base),
        inner,
    );
}
