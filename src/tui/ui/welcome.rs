//! The first-run page and the "terminal too small" message.

use super::super::app::{App, MIN_HEIGHT, MIN_WIDTH};
use super::super::layout;
use super::common::pane;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame, app: &App, body: Rect) {
    let palette = app.palette();
    let rect = layout::centered(body, 84, body.height);
    let block = pane(
        Line::styled(" Welcome to gorust ", palette.title),
        true,
        &palette,
    );
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let key = |k: &str| Span::styled(k.to_owned(), palette.key);
    let text = |t: &str| Span::styled(t.to_owned(), palette.base);
    let mut lines = vec![
        Line::from(text(
            "Learn Go and Rust side by side. Each lesson page sets a Go program next to its Rust twin; the exercises are checked with your own go and cargo.",
        )),
        Line::from(vec![
            Span::styled("Press ", palette.dim),
            key("Enter"),
            Span::styled(" to start, ", palette.dim),
            key("?"),
            Span::styled(" for every key.", palette.dim),
        ]),
        Line::default(),
        Line::styled("How it is laid out", palette.title),
        Line::from(text(
            "  Lessons list → lesson pages (text on top, the two programs below) → exercises.",
        )),
        Line::from(text(
            "  The line at the bottom always shows the keys that matter on the screen.",
        )),
        Line::default(),
        Line::styled("Keys", palette.title),
        Line::from(vec![
            key("  ↑ ↓ j k"),
            text(" move and scroll   "),
            key("← → h l"),
            text(" pages   "),
            key("Enter"),
            text(" open   "),
            key("Esc"),
            text(" back"),
        ]),
        Line::from(vec![
            key("  r"),
            text(" run a page's programs   "),
            key("Tab"),
            text(" focus a pane   "),
            key("z"),
            text(" zoom it"),
        ]),
        Line::from(vec![
            key("  c"),
            text(" check   "),
            key("e"),
            text(" edit in your $EDITOR   "),
            key("i"),
            text(" edit here   "),
            key("h"),
            text(" hint   "),
            key("s"),
            text(" solution"),
        ]),
        Line::from(vec![
            key("  ?"),
            text(" every key   "),
            key("t"),
            text(" light/dark theme   "),
            key("q"),
            text(" quit"),
        ]),
        Line::default(),
        Line::styled("Toolchains found", palette.title),
    ];
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
            None => lines.push(Line::from(vec![
                Span::styled("  ✘ ", palette.error),
                Span::styled(format!("{:<7}", tool.name), palette.title),
                Span::styled(format!("not found: {}", tool.help), palette.warn),
            ])),
        }
    }
    if !app.missing_tools().is_empty() {
        lines.push(Line::styled(
            "  Every lesson stays readable; running and checking need the missing tool.",
            palette.dim,
        ));
    }
    if !app.problems.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            format!("The lesson pack has {} problem(s):", app.problems.len()),
            palette.warn,
        ));
        for p in app.problems.iter().take(5) {
            lines.push(Line::styled(format!("  {p}"), palette.dim));
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .style(palette.base),
        inner,
    );
}

pub fn too_small(frame: &mut Frame, app: &App, area: Rect) {
    let palette = app.palette();
    let lines = vec![
        Line::styled("Terminal too small", palette.title),
        Line::styled(
            format!(
                "{}x{}, gorust needs {MIN_WIDTH}x{MIN_HEIGHT}.",
                app.size.0, app.size.1
            ),
            palette.base,
        ),
        Line::styled("Enlarge the window, or press q to quit.", palette.dim),
    ];
    let height = area.height.min(3);
    let rect = Rect {
        y: area.y + (area.height - height) / 2,
        height,
        ..area
    };
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(ratatui::layout::Alignment::Center)
            .wrap(Wrap { trim: true })
            .style(palette.base),
        rect,
    );
}
