//! The scrolling overlays' lines: the keys (help) and a solution.

use super::super::app::{App, Overlay};
use super::super::keymap;
use super::super::theme::Palette;
use super::lines::code_lines;
use crate::Lang;
use ratatui::text::{Line, Span};

/// The lines of the scrolling overlay (help or solution), if one is open.
pub fn lines(app: &App) -> Option<Vec<Line<'static>>> {
    let palette = app.palette();
    match app.overlay.as_ref()? {
        Overlay::Help { .. } => Some(help_lines(keymap::screen_context(app), &palette)),
        Overlay::Solution { files, .. } => Some(solution_lines(files, &palette)),
        Overlay::Confirm(_) => None,
    }
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

fn lang_of(path: &str) -> Lang {
    if path.ends_with(".go") {
        Lang::Go
    } else {
        Lang::Rust
    }
}

fn solution_lines(files: &[(String, String)], palette: &Palette) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (path, text) in files {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(path.clone(), palette.title));
        lines.extend(code_lines(text, lang_of(path), palette));
    }
    lines
}
