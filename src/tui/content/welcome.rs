//! The welcome page's lines.

use super::super::action::Action;
use super::super::app::App;
use super::super::keymap::{self, Context};
use super::super::markdown;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The page's lines for a pane `width` columns wide inside its borders.
pub fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    page(app, width.saturating_sub(1))
}

/// The keys the welcome page lists, taken from the keymap tables so the page,
/// the footer and the help overlay say the same thing.
const KEYS: [(Context, Action); 15] = [
    (Context::Catalog, Action::Down),
    (Context::Catalog, Action::Open),
    (Context::Catalog, Action::StartFilter),
    (Context::Lesson, Action::Next),
    (Context::Lesson, Action::Prev),
    (Context::Lesson, Action::RunSnippets),
    (Context::Lesson, Action::FocusNext),
    (Context::Lesson, Action::ExternalEdit),
    (Context::Lesson, Action::Back),
    (Context::Exercise, Action::Check),
    (Context::Exercise, Action::BuiltinEdit),
    (Context::Exercise, Action::ExternalEdit),
    (Context::Exercise, Action::Hint),
    (Context::Exercise, Action::Solution),
    (Context::Welcome, Action::Help),
];

/// The heading over a screen's keys.
fn where_(context: Context) -> &'static str {
    match context {
        Context::Catalog => "In the lessons list",
        Context::Lesson => "On a lesson page",
        Context::Exercise => "On an exercise",
        _ => "Everywhere",
    }
}

fn key_line(context: Context, action: &Action, app: &App, width: u16) -> Vec<Line<'static>> {
    let palette = app.palette();
    let Some(binding) = keymap::binding(context, action) else {
        return vec![];
    };
    let label = Span::styled(format!("  {:<10} ", binding.label), palette.key);
    markdown::hanging(label, &[(binding.help.to_owned(), palette.base)], width)
}

fn page(app: &App, width: u16) -> Vec<Line<'static>> {
    let palette = app.palette();
    let text = |t: &str, style: Style| markdown::paragraph(t, style, width);
    let start = keymap::binding(Context::Welcome, &Action::Open).map_or("Enter", |b| b.label);
    let mut lines = text(
        "Learn Go and Rust side by side. Each lesson page sets a Go program next to its Rust twin; the exercises are checked with your own go and cargo.",
        palette.base,
    );
    lines.extend(markdown::hanging(
        Span::raw(""),
        &[
            ("Press ".to_owned(), palette.dim),
            (start.to_owned(), palette.key),
            (" to start, ".to_owned(), palette.dim),
            ("?".to_owned(), palette.key),
            (
                " for every key; ↑↓ scroll this page.".to_owned(),
                palette.dim,
            ),
        ],
        width,
    ));
    lines.push(Line::default());
    lines.push(Line::styled("How it is laid out", palette.title));
    lines.extend(text(
        "Enter opens the first lesson you have not finished (or where you left off): its pages, text on top and the two programs below, then its exercises. Esc goes back, up to the lessons list. The line at the bottom always shows the keys that matter on the screen.",
        palette.base,
    ));
    lines.push(Line::default());
    lines.push(Line::styled("Toolchains found", palette.title));
    if app.toolchains.is_empty() {
        lines.push(Line::styled(
            "  looking for go, rustc and cargo…",
            palette.dim,
        ));
    }
    for tool in &app.toolchains {
        match &tool.version {
            Some(v) => lines.push(Line::from(vec![
                Span::styled("  ✔ ", palette.ok),
                Span::styled(format!("{:<7}", tool.name), palette.title),
                Span::styled(v.clone(), palette.dim),
            ])),
            // Word-wrapped under the name: the help is a sentence to read.
            None => lines.extend(markdown::hanging(
                Span::styled(format!("  ✘ {:<7}", tool.name), palette.error),
                &[(format!("not found: {}", tool.help), palette.warn)],
                width,
            )),
        }
    }
    if !app.missing_tools().is_empty() {
        lines.push(Line::styled(
            "  Every lesson stays readable; running and checking need the missing tool.",
            palette.dim,
        ));
    }
    if !app.problems.is_empty() {
        let problems = crate::words::counted(app.problems.len(), "problem", "problems");
        lines.push(Line::default());
        lines.push(Line::styled(
            format!("The lesson pack has {problems}:"),
            palette.warn,
        ));
        for p in app.problems.iter().take(5) {
            lines.push(Line::styled(format!("  {p}"), palette.dim));
        }
    }
    // The keys last: what was found (or is missing) is what a first run
    // needs to see without scrolling.
    lines.push(Line::default());
    lines.push(Line::styled("Keys", palette.title));
    let mut shown = None;
    for (context, action) in &KEYS {
        // Under a heading per screen: `e` is listed twice, for a page's
        // program and for an exercise's file.
        if shown != Some(*context) {
            lines.push(Line::styled(format!(" {}", where_(*context)), palette.dim));
            shown = Some(*context);
        }
        lines.extend(key_line(*context, action, app, width));
    }
    super::lines::hard_wrap(lines, width)
}
