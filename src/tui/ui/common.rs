//! Pieces every screen uses: the header, banner, status line and footer,
//! bordered panes that scroll, numbered code, ANSI text.

use super::super::action::Action;
use super::super::app::{App, ExplainTarget, Screen, Tone, WatchState};
use super::super::content;
use super::super::keymap::{self, Context};
use super::super::theme::Palette;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
};
use std::borrow::Cow;
use unicode_width::UnicodeWidthStr;

pub fn pane<'a>(title: Line<'a>, focused: bool, palette: &Palette) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(if focused {
            palette.border_focus
        } else {
            palette.border
        })
        .style(palette.base)
        .title(title)
}

/// Draws `lines` inside `block`, starting at `scroll` (clamped), with a
/// scrollbar when they do not fit. Only the visible lines are handed to
/// ratatui.
pub fn scrolled(
    frame: &mut Frame,
    area: Rect,
    block: Block<'_>,
    lines: Vec<Line<'static>>,
    scroll: u16,
    palette: &Palette,
) {
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = usize::from(inner.height);
    let max = lines.len().saturating_sub(rows);
    let top = usize::from(scroll).min(max);
    let visible: Vec<Line<'static>> = lines.iter().skip(top).take(rows).cloned().collect();
    frame.render_widget(Paragraph::new(visible).style(palette.base), inner);
    if max > 0 && area.height > 2 {
        let mut state = ScrollbarState::new(max).position(top);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .thumb_symbol("┃")
            .style(palette.border);
        let bar_area = Rect {
            y: area.y + 1,
            height: area.height - 2,
            ..area
        };
        frame.render_stateful_widget(bar, bar_area, &mut state);
    }
}

pub fn header(frame: &mut Frame, app: &App, area: Rect) {
    let palette = app.palette();
    let mut left = vec![Span::styled(
        " gorust ",
        palette.header.add_modifier(Modifier::BOLD),
    )];
    let crumb = match app.screen {
        Screen::Welcome => "Welcome".to_owned(),
        Screen::Catalog => match &app.track_title {
            Some(t) => format!("Lessons · {t}"),
            None => "Lessons".to_owned(),
        },
        Screen::Lesson => app
            .current_lesson()
            .map_or_else(String::new, |(view, lesson, page)| {
                let at = (view.page, lesson.pages.len());
                where_in(&lesson.title, "page", at, &page.title)
            }),
        Screen::Exercise => {
            app.current_exercise()
                .map_or_else(String::new, |(view, lesson, ex)| {
                    let at = (view.index, lesson.exercises.len());
                    where_in(&lesson.title, "exercise", at, &ex.title)
                })
        }
    };
    let (done, total) = app.overall_progress();
    let mut right: Vec<Span<'static>> = Vec::new();
    if let Some((view, _, ex)) = app
        .current_exercise()
        .filter(|_| app.screen == Screen::Exercise)
        && !App::is_quiz(ex)
    {
        let (text, style) = match &view.watch {
            WatchState::On => (
                "◉ watching ",
                palette
                    .header
                    .patch(palette.ok)
                    .bg(palette.header.bg.unwrap_or(Color::Reset)),
            ),
            WatchState::Starting => ("○ starting watch ", palette.header),
            WatchState::Off => ("○ not watching ", palette.header),
            WatchState::Failed(_) => (
                "⚠ not watching ",
                palette
                    .header
                    .patch(palette.warn)
                    .bg(palette.header.bg.unwrap_or(Color::Reset)),
            ),
        };
        let style = if palette.color { style } else { palette.header };
        right.push(Span::styled(text, style));
        right.push(Span::styled("│ ", palette.header));
    }
    right.push(Span::styled(
        format!("{done}/{total} done "),
        palette.header,
    ));
    let right_width: usize = right.iter().map(|s| s.content.width()).sum();
    let room = usize::from(area.width).saturating_sub(right_width + 9 + 1);
    left.push(Span::styled(
        format!(" {}", fit_crumb(&crumb, room)),
        palette.header,
    ));
    let left_width: usize = left.iter().map(|s| s.content.width()).sum();
    let pad = usize::from(area.width).saturating_sub(left_width + right_width);
    left.push(Span::styled(" ".repeat(pad), palette.header));
    left.extend(right);
    frame.render_widget(Paragraph::new(Line::from(left)).style(palette.header), area);
}

/// `Lesson › page 2/5: Title`: where the learner is inside a lesson
/// (`index` counts from 0).
fn where_in(lesson: &str, what: &str, (index, total): (usize, usize), title: &str) -> String {
    format!("{lesson} › {what} {}/{total}: {title}", index + 1)
}

/// `Lesson › exercise 2/5: Title` in `width` columns: when it does not
/// fit, the lesson's title gives way first (to a third of the room), so
/// a narrow header still says which page or exercise this is.
pub fn fit_crumb(crumb: &str, width: usize) -> String {
    if crumb.width() <= width {
        return crumb.to_owned();
    }
    let Some((lesson, rest)) = crumb.split_once(" › ") else {
        return truncate(crumb, width);
    };
    let rest = format!(" › {rest}");
    let lesson_room = width
        .saturating_sub(rest.width())
        .max((width / 3).min(lesson.width()));
    truncate(&format!("{}{rest}", truncate(lesson, lesson_room)), width)
}

pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

pub fn banner(frame: &mut Frame, app: &App, area: Rect) {
    let palette = app.palette();
    let missing = app.missing_tools();
    let text = missing
        .iter()
        .map(|t| format!("{} not found: {}", t.name, t.help))
        .collect::<Vec<_>>()
        .join(" · ");
    let line = format!(" ⚠ {text}. Lessons stay readable; running needs it.");
    frame.render_widget(
        Paragraph::new(truncate(&line, usize::from(area.width))).style(palette.banner),
        area,
    );
}

pub fn status(frame: &mut Frame, app: &App, area: Rect) {
    let palette = app.palette();
    let Some(message) = &app.message else { return };
    let style = match message.tone {
        Tone::Info => palette.accent,
        Tone::Good => palette.ok.add_modifier(Modifier::BOLD),
        Tone::Bad => palette.error.add_modifier(Modifier::BOLD),
    };
    let text = truncate(&format!(" {}", message.text), usize::from(area.width));
    frame.render_widget(Paragraph::new(text).style(style), area);
}

/// One footer entry: the keys, the few words of what they do, and whether
/// it is kept whatever the width (the way out, and where the rest is).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FooterItem {
    pub keys: Cow<'static, str>,
    /// Owned where it names something (a page, a code).
    pub what: Cow<'static, str>,
    pub pinned: bool,
}

impl FooterItem {
    fn of(binding: &keymap::Binding, keys: Cow<'static, str>) -> FooterItem {
        FooterItem {
            keys,
            what: Cow::Borrowed(binding.short),
            pinned: matches!(
                binding.action,
                Action::Help | Action::Back | Action::EditorClose
            ),
        }
    }

    /// Columns taken: `keys what` and two spaces after.
    fn width(&self) -> usize {
        self.keys.width() + self.what.width() + 3
    }
}

/// The footer's entries for a context, in the order shown, which is also
/// their priority: the screen's keys (what just became possible first),
/// then the global ones, `? help` last.
pub fn footer_items(app: &App, context: Context) -> Vec<FooterItem> {
    let mut items: Vec<FooterItem> = keymap::bindings(context)
        .iter()
        .filter(|b| b.footer)
        .map(|b| FooterItem::of(b, content::key_label(app, b)))
        .collect();
    if context == Context::Exercise
        && let Some(target) = app.explain_target()
    {
        items.insert(
            0,
            FooterItem {
                keys: Cow::Borrowed("o"),
                what: Cow::Owned(explain_words(&target)),
                pinned: false,
            },
        );
    }
    if matches!(context, Context::Exercise | Context::Quiz)
        && content::just_passed(app)
        && let Some(b) = keymap::binding(context, &Action::NextUnfinished)
    {
        items.insert(0, FooterItem::of(b, Cow::Borrowed(b.label)));
    }
    if keymap::has_globals(context) {
        // "? help" last: where the footer runs out, it says where the rest is.
        // An overlay closes on q and ?: its footer must not offer them as quit and help.
        let globals = keymap::GLOBAL
            .iter()
            .filter(|b| b.footer && !keymap::claimed(context, b));
        let (help, others): (Vec<_>, Vec<_>) = globals.partition(|b| b.action == Action::Help);
        items.extend(
            others
                .into_iter()
                .chain(help)
                .map(|b| FooterItem::of(b, Cow::Borrowed(b.label))),
        );
    }
    items
}

/// What `o` will do, in the footer: "page Moves" or "rustc --explain E0599".
fn explain_words(target: &ExplainTarget) -> String {
    /// A long page title would push the other keys off the footer.
    const TITLE_WIDTH: usize = 28;
    match target {
        ExplainTarget::Page { title, .. } => format!("page {}", truncate(title, TITLE_WIDTH)),
        ExplainTarget::Rustc(code) => format!("rustc --explain {code}"),
    }
}

/// The entries that fit in `width` columns, whole, in their order: the
/// pinned ones first, then the others by priority, skipping any that no
/// longer fit.
pub fn fit_footer(items: Vec<FooterItem>, width: usize) -> Vec<FooterItem> {
    // One leading space.
    let mut used = 1 + items
        .iter()
        .filter(|i| i.pinned)
        .map(FooterItem::width)
        .sum::<usize>();
    let keep: Vec<bool> = items
        .iter()
        .map(|item| {
            if item.pinned {
                return used <= width;
            }
            let fits = used + item.width() <= width;
            if fits {
                used += item.width();
            }
            fits
        })
        .collect();
    items
        .into_iter()
        .zip(keep)
        .filter_map(|(item, kept)| kept.then_some(item))
        .collect()
}

pub fn footer(frame: &mut Frame, app: &App, area: Rect) {
    let palette = app.palette();
    let context = keymap::context(app);
    let mut spans = vec![Span::styled(" ", palette.dim)];
    for item in fit_footer(footer_items(app, context), usize::from(area.width)) {
        spans.push(Span::styled(item.keys.into_owned(), palette.key));
        spans.push(Span::styled(format!(" {}  ", item.what), palette.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(palette.base), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_crumb_shortens_the_lesson_before_the_exercise() {
        let crumb = "Ownership and borrowing vs garbage collection › exercise 2/5: A reference into a growing vector";
        let fitted = fit_crumb(crumb, 45);
        assert!(fitted.width() <= 45, "{fitted}");
        assert!(fitted.starts_with("Ownership and"), "{fitted}");
        assert!(fitted.contains("… › exercise 2/5: A ref"), "{fitted}");
        assert_eq!(fit_crumb(crumb, 200), crumb);
        assert_eq!(fit_crumb("Lessons · a track", 9), "Lessons …");
    }
}
