//! Boxes drawn over a screen: the key help, a yes/no question, a solution,
//! what `rustc --explain` says of an error code.

use super::super::app::{App, CodeExplanation, Confirm, Overlay, SolutionTab};
use super::super::keymap;
use super::super::layout;
use super::super::markdown;
use super::super::theme::Palette;
use super::common::{self, code_lines, pane};
use crate::Lang;
use crate::highlight::expand_tabs;
use crate::solution::{self, DiffRow, SolutionFile};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

fn big_box(area: Rect) -> Rect {
    layout::centered(
        area,
        area.width.saturating_sub(4).min(96),
        area.height.saturating_sub(2),
    )
}

/// The overlay's area and lines, for scrolling.
pub fn content(app: &App, area: Rect) -> Option<(Rect, Vec<Line<'static>>)> {
    let palette = app.palette();
    match app.overlay.as_ref()? {
        Overlay::Help { .. } => Some((
            big_box(area),
            help_lines(keymap::screen_context(app), &palette),
        )),
        Overlay::Solution {
            files, tab, passed, ..
        } => Some((
            big_box(area),
            match tab {
                SolutionTab::Diff => diff_lines(files, *passed, &palette),
                SolutionTab::Reference => solution_lines(files, &palette),
            },
        )),
        Overlay::RustcExplain { code, .. } => {
            let rect = big_box(area);
            // Inside the borders, and clear of the scrollbar.
            let width = rect.width.saturating_sub(3);
            Some((rect, rustc_explain_lines(app, code, width, &palette)))
        }
        Overlay::Confirm(_) => None,
    }
}

fn rustc_explain_lines(app: &App, code: &str, width: u16, palette: &Palette) -> Vec<Line<'static>> {
    match app.rustc_explanations.get(code) {
        None | Some(CodeExplanation::Running) => {
            vec![Line::styled(
                format!("Asking rustc about {code}…"),
                palette.dim,
            )]
        }
        Some(CodeExplanation::Done(Ok(text))) => {
            let mut lines = vec![
                Line::styled(
                    format!("No lesson page explains {code}; this is the compiler's own page."),
                    palette.dim,
                ),
                Line::default(),
            ];
            lines.extend(markdown::render(&rustc_markdown(text), width, palette));
            common::hard_wrap(lines, width)
        }
        Some(CodeExplanation::Done(Err(error))) => {
            let mut lines = vec![Line::styled(
                format!("✘ rustc could not explain {code}"),
                palette.error,
            )];
            lines.extend(markdown::paragraph(&error.to_string(), palette.base, width));
            lines
        }
    }
}

/// rustc's Markdown in the lessons' subset: its `####` headings become
/// headings (outside code blocks, where `#` starts an attribute or a
/// comment of a shell).
fn rustc_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        let heading = line.trim_start_matches('#');
        if !in_code && heading.len() < line.len() && heading.starts_with(' ') {
            out.push_str("### ");
            out.push_str(heading.trim());
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

fn help_lines(current: keymap::Context, palette: &Palette) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        "Arrows and vim keys both work; the mouse wheel scrolls the pane under it and a click selects.",
        palette.dim,
    )];
    lines.extend(
        keymap::SHARED_KEYS_NOTE
            .iter()
            .map(|note| Line::styled(*note, palette.dim)),
    );
    lines.extend([Line::styled(
        "To select text with the mouse (to copy an error), hold Shift while dragging.",
        palette.dim,
    )]);
    for (title, bindings) in keymap::help_sections_for(current) {
        lines.push(Line::default());
        lines.push(Line::styled(title.to_owned(), palette.title));
        for b in bindings {
            let label = format!("  {:<12}", b.label);
            lines.push(Line::from(vec![
                Span::styled(label, palette.key),
                Span::styled(b.help.to_owned(), palette.base),
            ]));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        "Start with --from go or --from rust to put the language you know first; --theme light|dark.",
        palette.dim,
    ));
    lines
}

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
    let Some((rect, lines)) = content(app, area) else {
        return;
    };
    frame.render_widget(Clear, rect);
    let block = pane(Line::styled(title, palette.title), true, &palette);
    common::scrolled(frame, rect, block, lines, scroll, &palette);
}

fn lang_of(path: &str) -> Lang {
    if path.ends_with(".go") {
        Lang::Go
    } else {
        Lang::Rust
    }
}

fn solution_lines(files: &[SolutionFile], palette: &Palette) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for file in files {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(file.path.clone(), palette.title));
        lines.extend(code_lines(&file.reference, lang_of(&file.path), palette));
    }
    lines
}

/// The learner's files against the reference: a unified diff per file,
/// `-` for the learner's lines and `+` for the reference's, so that it
/// reads the same without colour.
fn diff_lines(files: &[SolutionFile], passed: bool, palette: &Palette) -> Vec<Line<'static>> {
    let headline = match passed {
        true => Line::styled(solution::DIFF_HEADLINE, palette.ok),
        false => Line::styled(
            "You have not passed yet; here is how your file differs from the reference",
            palette.warn,
        ),
    };
    let mut lines = vec![
        headline,
        Line::from(vec![
            Span::styled("- your line", palette.diff_delete),
            Span::styled("   ", palette.dim),
            Span::styled("+ the reference's line", palette.diff_insert),
        ]),
    ];
    for file in files {
        lines.push(Line::default());
        lines.push(Line::styled(file.path.clone(), palette.title));
        if let Some(note) = file.note() {
            lines.push(Line::styled(note, palette.dim));
            if file.yours.is_none() {
                lines.extend(code_lines(&file.reference, lang_of(&file.path), palette));
            }
            continue;
        }
        lines.extend(file.diff().iter().map(|row| {
            let style = match row {
                DiffRow::Hunk(_) => palette.accent,
                DiffRow::Same(_) => palette.base,
                DiffRow::Yours(_) => palette.diff_delete,
                DiffRow::Reference(_) => palette.diff_insert,
            };
            Line::styled(expand_tabs(&row.marked()), style)
        }));
    }
    lines
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

#[cfg(test)]
mod tests {
    use super::rustc_markdown;

    #[test]
    fn rustc_headings_become_headings_outside_code() {
        let text = "#### Note: this error code is no longer emitted by the compiler.\n\n```\n# fn main() {}\n#[derive(Debug)]\n```\n## Two\n";
        assert_eq!(
            rustc_markdown(text),
            "### Note: this error code is no longer emitted by the compiler.\n\n```\n# fn main() {}\n#[derive(Debug)]\n```\n### Two\n"
        );
    }
}
