//! Pieces every screen uses: the header, banner, status line and footer,
//! bordered panes that scroll, numbered code, ANSI text.

use super::super::action::Action;
use super::super::app::{App, ExplainTarget, Screen, Tone, WatchState};
use super::super::keymap::{self, Context};
use super::super::theme::{Palette, Theme};
use crate::Lang;
use crate::highlight::{self, Background};
use crate::runner::strip_ansi;
use ansi_to_tui::IntoText;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
};
use std::borrow::Cow;
use unicode_width::UnicodeWidthStr;

pub fn line_width(line: &Line<'_>) -> usize {
    line.spans.iter().map(|s| s.content.width()).sum()
}

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

/// Cuts lines longer than `width` columns into several, keeping styles, so
/// nothing of a diagnostic is lost in a narrow pane.
pub fn hard_wrap(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(4));
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if line_width(&line) <= width {
            out.push(line);
            continue;
        }
        let mut current: Vec<Span<'static>> = Vec::new();
        let mut used = 0;
        for span in line.spans {
            let mut piece = String::new();
            for c in span.content.chars() {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if used + w > width {
                    if !piece.is_empty() {
                        current.push(Span::styled(std::mem::take(&mut piece), span.style));
                    }
                    out.push(Line::from(std::mem::take(&mut current)));
                    used = 0;
                }
                piece.push(c);
                used += w;
            }
            if !piece.is_empty() {
                current.push(Span::styled(piece, span.style));
            }
        }
        if !current.is_empty() {
            out.push(Line::from(current));
        }
    }
    out
}

pub fn background(palette: &Palette) -> Background {
    match palette.theme {
        Theme::Dark => Background::Dark,
        Theme::Light => Background::Light,
    }
}

/// Source with line numbers; highlighted once syntect is loaded (plain
/// before that, and always under NO_COLOR).
pub fn code_lines(code: &str, lang: Lang, palette: &Palette) -> Vec<Line<'static>> {
    let body: Vec<Line<'static>> = if palette.color {
        match highlight::highlight_if_ready(code, lang, background(palette)) {
            Some(lines) => lines.to_vec(),
            None => highlight::plain(code),
        }
    } else {
        highlight::plain(code)
    };
    let digits = body.len().max(1).to_string().len();
    body.into_iter()
        .enumerate()
        .map(|(i, line)| {
            let mut spans = vec![Span::styled(
                format!("{:>digits$} ", i + 1),
                palette.line_number,
            )];
            spans.extend(line.spans);
            Line::from(spans)
        })
        .collect()
}

/// Compiler output with its ANSI colours, as lines. Colours that would not
/// read on a light background are darkened; NO_COLOR drops them.
pub fn ansi_lines(text: &str, palette: &Palette, max_lines: usize) -> Vec<Line<'static>> {
    let mut limited: String = text.lines().take(max_lines).collect::<Vec<_>>().join("\n");
    if limited.contains('\t') {
        limited = limited.replace('\t', "    ");
    }
    let parsed = limited
        .as_bytes()
        .into_text()
        .unwrap_or_else(|_| ratatui::text::Text::raw(strip_ansi(&limited)));
    let mut lines: Vec<Line<'static>> = parsed
        .lines
        .into_iter()
        .map(|line| {
            let spans = line
                .spans
                .into_iter()
                .map(|s| Span::styled(s.content.into_owned(), adapt(s.style, palette)))
                .collect::<Vec<_>>();
            Line::from(spans)
        })
        .collect();
    let total = text.lines().count();
    if total > max_lines {
        lines.push(Line::styled(
            format!("… {} more lines", total - max_lines),
            palette.dim,
        ));
    }
    lines
}

fn adapt(style: Style, palette: &Palette) -> Style {
    if !palette.color {
        return Style::new()
            .add_modifier(style.add_modifier & (Modifier::BOLD | Modifier::UNDERLINED));
    }
    let fg = style.fg.map(|c| match (palette.theme, c) {
        (_, Color::Reset) => None,
        (Theme::Light, Color::White | Color::Gray | Color::LightYellow | Color::Yellow) => {
            palette.warn.fg
        }
        (Theme::Light, Color::LightRed) => palette.error.fg,
        (Theme::Light, Color::LightGreen) => palette.ok.fg,
        (Theme::Light, Color::LightBlue | Color::LightCyan | Color::Cyan) => palette.accent.fg,
        (Theme::Dark, Color::Black) => palette.dim.fg,
        (_, other) => Some(other),
    });
    Style {
        fg: fg.flatten(),
        bg: None,
        ..style
    }
}

/// A text progress bar: `██████░░░░`.
pub fn bar(done: usize, total: usize, width: usize, palette: &Palette) -> Vec<Span<'static>> {
    let filled = if total == 0 {
        0
    } else {
        (done * width).div_ceil(total).min(width)
    };
    let filled = if done < total {
        filled.min(width.saturating_sub(1))
    } else {
        filled
    };
    if palette.color {
        vec![
            Span::styled("█".repeat(filled), Style::new().fg(palette.gauge_done)),
            Span::styled(
                "░".repeat(width - filled),
                Style::new().fg(palette.gauge_todo),
            ),
        ]
    } else {
        vec![
            Span::raw("#".repeat(filled)),
            Span::raw("·".repeat(width - filled)),
        ]
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
        Screen::Lesson => match app.current_lesson() {
            Some((view, lesson, page)) => format!(
                "{} › page {}/{}: {}",
                lesson.title,
                view.page + 1,
                lesson.pages.len(),
                page.title
            ),
            None => String::new(),
        },
        Screen::Exercise => match app.current_exercise() {
            Some((view, lesson, ex)) => format!(
                "{} › exercise {}/{}: {}",
                lesson.title,
                view.index + 1,
                lesson.exercises.len(),
                ex.title
            ),
            None => String::new(),
        },
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
        format!(" {}", truncate(&crumb, room)),
        palette.header,
    ));
    let left_width: usize = left.iter().map(|s| s.content.width()).sum();
    let pad = usize::from(area.width).saturating_sub(left_width + right_width);
    left.push(Span::styled(" ".repeat(pad), palette.header));
    left.extend(right);
    frame.render_widget(Paragraph::new(Line::from(left)).style(palette.header), area);
}

/// The text with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
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
            what: Cow::Borrowed(binding.short()),
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
        .map(|b| FooterItem::of(b, quiz_range(app, b).unwrap_or(Cow::Borrowed(b.label))))
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
        && just_passed(app)
        && let Some(b) = keymap::binding(context, &Action::NextUnfinished)
    {
        items.insert(0, FooterItem::of(b, Cow::Borrowed(b.label)));
    }
    if keymap::has_globals(context) {
        // "? help" last: where the footer runs out, it says where the rest is.
        let globals = keymap::GLOBAL.iter().filter(|b| b.footer);
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

/// The open exercise's last check passed (or its quiz was answered right):
/// the moment to offer the next unfinished one.
pub fn just_passed(app: &App) -> bool {
    app.current_exercise().is_some_and(|(view, _, _)| {
        view.run.verdict().is_some_and(|v| v.passed())
            || view.quiz.as_ref().is_some_and(|q| q.correct)
    })
}

/// The answer key's label on a quiz: the quiz's own range, as its body says.
fn quiz_range(app: &App, binding: &keymap::Binding) -> Option<Cow<'static, str>> {
    if !matches!(binding.action, Action::Answer(_)) {
        return None;
    }
    match &app.current_exercise()?.2.kind {
        crate::pack::ExerciseKind::Quiz(quiz) => Some(Cow::Owned(super::exercise::answer_range(
            quiz.choices.len(),
        ))),
        crate::pack::ExerciseKind::Code(_) => None,
    }
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
    fn ansi_keeps_text_and_colour() {
        let p = Palette::new(Theme::Dark, true);
        let lines = ansi_lines(
            "\u{1b}[1m\u{1b}[31merror[E0382]\u{1b}[0m: moved\n\tnext",
            &p,
            10,
        );
        assert_eq!(line_text(&lines[0]), "error[E0382]: moved");
        assert_eq!(line_text(&lines[1]), "    next");
        assert_eq!(lines[0].spans[0].style.fg, Some(Color::Red));
        let mono = ansi_lines(
            "\u{1b}[31mred\u{1b}[0m",
            &Palette::new(Theme::Dark, false),
            10,
        );
        assert_eq!(mono[0].spans[0].style.fg, None);
    }

    fn line_text(l: &Line<'_>) -> String {
        l.spans.iter().map(|s| s.content.as_ref()).collect()
    }
}
