//! Text helpers of the content builders: numbered and highlighted code,
//! ANSI output, hard wrapping, a text progress bar.

use super::super::theme::{Palette, Theme};
use crate::Lang;
use crate::highlight::{self, Background};
use crate::runner::strip_ansi;
use ansi_to_tui::IntoText;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

pub fn line_width(line: &Line<'_>) -> usize {
    line.spans.iter().map(|s| s.content.width()).sum()
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
