//! The scrolling overlays' lines: the keys (help), a solution (your diff
//! against the reference, or the whole reference), and what `rustc
//! --explain` says of an error code.

use super::super::app::{App, CodeExplanation, Overlay, SolutionTab};
use super::super::keymap;
use super::super::markdown;
use super::super::theme::Palette;
use super::lines::{code_lines, hard_wrap};
use crate::Lang;
use crate::highlight::expand_tabs;
use crate::solution::{self, DiffRow, SolutionFile};
use ratatui::text::{Line, Span};

/// The lines of the scrolling overlay (help, solution, rustc --explain), if
/// one is open, for a pane `width` columns wide inside its borders.
pub fn lines(app: &App, width: u16) -> Option<Vec<Line<'static>>> {
    let palette = app.palette();
    match app.overlay.as_ref()? {
        Overlay::Help { .. } => Some(help_lines(app, &palette, width.saturating_sub(1))),
        Overlay::Solution {
            files, tab, passed, ..
        } => Some(match tab {
            SolutionTab::Diff => diff_lines(files, *passed, &palette),
            SolutionTab::Reference => solution_lines(files, &palette),
        }),
        // Clear of the scrollbar.
        Overlay::RustcExplain { code, .. } => Some(rustc_explain_lines(
            app,
            code,
            width.saturating_sub(1),
            &palette,
        )),
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
            hard_wrap(lines, width)
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

/// The help, word-wrapped to `width`: at 80 columns its notes and longer
/// key descriptions are wider than the box.
fn help_lines(app: &App, palette: &Palette, width: u16) -> Vec<Line<'static>> {
    let current = keymap::screen_context(app);
    let note = |text: &str| markdown::paragraph(text, palette.dim, width);
    let mut lines = note(
        "Arrows and vim keys both work; the mouse wheel scrolls the pane under it and a click selects.",
    );
    for text in keymap::SHARED_KEYS_NOTE {
        lines.extend(note(text));
    }
    lines.extend(note(
        "To select text with the mouse (to copy an error), hold Shift while dragging.",
    ));
    for (title, bindings) in keymap::help_sections_for(current) {
        lines.push(Line::default());
        lines.push(Line::styled(title.to_owned(), palette.title));
        for b in bindings {
            let label = super::key_label(app, b);
            let label = Span::styled(format!("  {label:<12}"), palette.key);
            lines.extend(markdown::hanging(
                label,
                &[(b.help.to_owned(), palette.base)],
                width,
            ));
        }
    }
    lines.push(Line::default());
    lines.extend(note(
        "Start with --from go or --from rust to put the language you know first; --theme light|dark.",
    ));
    lines
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
    let mut lines = vec![headline];
    if solution::any_diff(files) {
        lines.push(Line::from(vec![
            Span::styled("- your line", palette.diff_delete),
            Span::styled("   ", palette.dim),
            Span::styled("+ the reference's line", palette.diff_insert),
        ]));
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Theme;

    fn text(lines: &[Line<'_>]) -> String {
        lines
            .iter()
            .map(|l| {
                l.spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
                    + "\n"
            })
            .collect()
    }

    #[test]
    fn the_legend_only_over_a_diff() {
        let palette = Palette::new(Theme::Dark, false);
        let file = |yours: &str| SolutionFile {
            path: "main.go".into(),
            reference: "package main\n".into(),
            yours: Some(yours.into()),
        };
        let same = text(&diff_lines(&[file("package main\n")], true, &palette));
        assert!(same.contains("Yours is the reference"), "{same}");
        assert!(!same.contains("the reference's line"), "{same}");
        let other = text(&diff_lines(&[file("package other\n")], true, &palette));
        assert!(
            other.contains("- your line   + the reference's line"),
            "{other}"
        );
    }

    #[test]
    fn rustc_headings_become_headings_outside_code() {
        let text = "#### Note: this error code is no longer emitted by the compiler.\n\n```\n# fn main() {}\n#[derive(Debug)]\n```\n## Two\n";
        assert_eq!(
            rustc_markdown(text),
            "### Note: this error code is no longer emitted by the compiler.\n\n```\n# fn main() {}\n#[derive(Debug)]\n```\n### Two\n"
        );
    }
}
