//! The lessons list: one row per lesson with its progress, overall
//! progress on top, the selected lesson's details beside (or below).

use super::super::app::{App, FilterMatch};
use super::super::content::bar;
use super::super::layout;
use super::super::markdown;
use super::super::services::Status;
use super::super::theme::Palette;
use super::common::{self, pane, truncate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, app: &App, body: Rect) {
    let palette = app.palette();
    let (gauge_area, list_area, details_area) = layout::catalog(body, app.wide());
    gauge(frame, app, gauge_area, &palette);
    list(frame, app, list_area, &palette);
    details(frame, app, details_area, &palette);
}

/// Overall progress, and the track shown.
fn gauge(frame: &mut Frame, app: &App, area: Rect, palette: &Palette) {
    let (done, total) = app.overall_progress();
    let ratio = if total == 0 {
        0.0
    } else {
        done as f64 / total as f64
    };
    let title = match &app.track_title {
        Some(t) => format!(" {} · track: {t} ", app.pack.title),
        None => format!(" {} ", app.pack.title),
    };
    let gauge = Gauge::default()
        .block(pane(Line::styled(title, palette.title), false, palette))
        .gauge_style(if palette.color {
            ratatui::style::Style::new()
                .fg(palette.gauge_done)
                .bg(palette.gauge_todo)
        } else {
            palette.base.add_modifier(Modifier::REVERSED)
        })
        .ratio(ratio)
        .label(Span::styled(
            format!("{done} of {total} exercises done ({:.0}%)", ratio * 100.0),
            palette.title,
        ));
    frame.render_widget(gauge, area);
}

/// One row per lesson (filtered), scrolled to keep the selection in view.
fn list(frame: &mut Frame, app: &App, area: Rect, palette: &Palette) {
    let rows = app.catalog_rows();
    let filter_title = if app.catalog.filtering || !app.catalog.filter.is_empty() {
        let cursor = if app.catalog.filtering { "▏" } else { "" };
        Line::from(vec![
            Span::styled(" Lessons ", palette.title),
            Span::styled(format!("/{}{cursor} ", app.catalog.filter), palette.accent),
            Span::styled(
                format!("{} of {} ", rows.len(), app.order.len()),
                palette.dim,
            ),
        ])
    } else {
        Line::styled(format!(" Lessons ({}) ", app.order.len()), palette.title)
    };
    let block = pane(filter_title, true, palette);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if rows.is_empty() {
        let text = if app.order.is_empty() {
            "This pack has no lessons."
        } else {
            "No lesson, page or exercise title matches the filter. Esc clears it."
        };
        frame.render_widget(Paragraph::new(text).style(palette.dim), inner);
    }
    let width = usize::from(inner.width);
    let first = layout::catalog_offset(app.catalog.selected, inner.height);
    for (row, &li) in rows
        .iter()
        .enumerate()
        .skip(first)
        .take(usize::from(inner.height))
    {
        let Some(lesson) = app.pack.lessons.get(li) else {
            continue;
        };
        let (d, t) = app.lesson_progress(lesson);
        let selected = row == app.catalog.selected;
        // The pack's number, also in a track: an instructor says "lesson 12".
        let number = li + 1;
        let finished = t > 0 && d == t;
        let mark = if finished {
            "✔"
        } else if d > 0 {
            "◐"
        } else {
            " "
        };
        let counts = format!(" {d}/{t}");
        let bar_width = if width >= 60 { 10 } else { 5 };
        let fixed = 2 + 3 + 1 + bar_width + counts.width() + 1;
        let title = truncate(&lesson.title, width.saturating_sub(fixed));
        let pad = width.saturating_sub(fixed + title.width());
        let base = if selected {
            palette.selected
        } else {
            palette.base
        };
        let mut spans = vec![
            Span::styled(
                format!("{mark} "),
                if finished {
                    palette.ok.patch(base_bg(base))
                } else {
                    base
                },
            ),
            Span::styled(
                format!("{number:>2} "),
                if selected { base } else { palette.dim },
            ),
            Span::styled(title, base),
            Span::styled(" ".repeat(pad + 1), base),
        ];
        spans.extend(bar(d, t, bar_width, palette));
        spans.push(Span::styled(
            counts,
            if selected { base } else { palette.dim },
        ));
        spans.push(Span::styled(" ", base));
        let y = inner.y + u16::try_from(row - first).unwrap_or(0);
        frame.render_widget(
            Paragraph::new(Line::from(spans)).style(base),
            Rect {
                y,
                height: 1,
                ..inner
            },
        );
    }
}

/// The selected lesson: summary, exercises and their status, and the
/// pack's problems if it has any.
fn details(frame: &mut Frame, app: &App, area: Rect, palette: &Palette) {
    let details = app
        .catalog_rows()
        .get(app.catalog.selected)
        .and_then(|&li| app.pack.lessons.get(li));
    let block = pane(Line::styled(" About ", palette.title), false, palette);
    let inner = block.inner(area);
    let mut lines: Vec<Line<'static>> = Vec::new();
    if let Some(lesson) = details {
        lines.push(Line::styled(lesson.title.clone(), palette.title));
        let needle = app.catalog.filter.to_lowercase();
        let found = match App::filter_match(lesson, &needle) {
            _ if needle.is_empty() => None,
            Some(FilterMatch::Page(title)) => Some(format!("“{needle}” is in the page “{title}”")),
            Some(FilterMatch::Exercise(title)) => {
                Some(format!("“{needle}” is in the exercise “{title}”"))
            }
            _ => None,
        };
        if let Some(found) = found {
            lines.push(Line::styled(found, palette.accent));
        }
        lines.extend(markdown::render(&lesson.summary, inner.width, palette));
        lines.push(Line::styled(
            format!(
                "{} pages · {} exercises",
                lesson.pages.len(),
                lesson.exercises.len()
            ),
            palette.dim,
        ));
        lines.push(Line::default());
        for ex in &lesson.exercises {
            let p = app.progress_of(&ex.id);
            let (mark, style) = match p.status {
                Status::Passed => ("✔", palette.ok),
                Status::Attempted => ("●", palette.warn),
                Status::New => ("○", palette.dim),
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{mark} "), style),
                Span::styled(ex.title.clone(), palette.base),
                Span::styled(format!("  {}", ex.kind_key()), palette.dim),
            ]));
        }
    }
    if !app.problems.is_empty() {
        let problems = crate::words::counted(app.problems.len(), "problem", "problems");
        let heading = format!("⚠ The pack has {problems}; the rest works:");
        lines.push(Line::default());
        lines.push(Line::styled(heading, palette.warn));
        for p in &app.problems {
            lines.extend(markdown::paragraph(
                &format!("• {p}"),
                palette.dim,
                inner.width,
            ));
        }
    }
    common::scrolled(frame, area, block, lines, 0, palette);
}

fn base_bg(style: ratatui::style::Style) -> ratatui::style::Style {
    match style.bg {
        Some(bg) => ratatui::style::Style::new().bg(bg),
        None => ratatui::style::Style::new(),
    }
}
