//! The Markdown subset of lesson text (docs/lesson-format.md) turned into
//! wrapped ratatui lines: paragraphs, `###` headings, **bold**, *italic*,
//! `code`, lists, `>` notes and fenced code blocks.
//!
//! Wrapping is done here rather than by `Paragraph::wrap` so that a pane knows
//! exactly how many rows its text takes, which scrolling needs.

use super::theme::Palette;
use crate::highlight::expand_tabs;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, PartialEq, Eq)]
enum Block {
    Heading(String),
    Paragraph(String),
    Item { marker: String, text: String },
    Note(String),
    Code(Vec<String>),
}

fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with("```") {
            let mut code = Vec::new();
            for l in lines.by_ref() {
                if l.trim_start().starts_with("```") {
                    break;
                }
                code.push(l.to_owned());
            }
            blocks.push(Block::Code(code));
        } else if let Some(h) = trimmed.strip_prefix("### ") {
            blocks.push(Block::Heading(h.trim().to_owned()));
        } else if let Some(note) = note_text(trimmed) {
            let mut text = note.to_owned();
            while let Some(next) = lines.peek().and_then(|l| note_text(l.trim())) {
                push_word(&mut text, next);
                lines.next();
            }
            blocks.push(Block::Note(text));
        } else if let Some((marker, rest)) = list_item(trimmed) {
            let mut text = rest.to_owned();
            // Continuation lines are indented and are not items themselves.
            while let Some(next) = lines.peek() {
                let t = next.trim();
                if t.is_empty() || list_item(t).is_some() || !next.starts_with([' ', '\t']) {
                    break;
                }
                push_word(&mut text, t);
                lines.next();
            }
            blocks.push(Block::Item { marker, text });
        } else {
            let mut text = trimmed.to_owned();
            while let Some(next) = lines.peek() {
                let t = next.trim();
                if t.is_empty()
                    || t.starts_with("```")
                    || t.starts_with("### ")
                    || note_text(t).is_some()
                    || interrupts_paragraph(t)
                {
                    break;
                }
                push_word(&mut text, t);
                lines.next();
            }
            blocks.push(Block::Paragraph(text));
        }
    }
    blocks
}

fn push_word(text: &mut String, more: &str) {
    if !text.is_empty() && !more.is_empty() {
        text.push(' ');
    }
    text.push_str(more);
}

fn note_text(line: &str) -> Option<&str> {
    if line == ">" {
        return Some("");
    }
    line.strip_prefix("> ")
}

/// Whether a line inside a paragraph starts a list. As in CommonMark, a
/// numbered item must be `1.` to do so: prose wrapped before "10. Nothing
/// is allocated" is still one paragraph.
fn interrupts_paragraph(line: &str) -> bool {
    list_item(line).is_some_and(|(marker, _)| marker == "•" || marker == "1.")
}

fn list_item(line: &str) -> Option<(String, &str)> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some(("•".to_owned(), rest));
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits < 4 {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ") {
            return Some((format!("{}.", &line[..digits]), rest));
        }
    }
    None
}

/// Splits `**bold**`, `*italic*` and `` `code` `` into styled pieces.
fn inline(text: &str, base: Style, palette: &Palette) -> Vec<(String, Style)> {
    let mut out: Vec<(String, Style)> = Vec::new();
    let mut bold = false;
    let mut italic = false;
    let mut current = String::new();
    let style_of = |bold: bool, italic: bool| {
        let mut s = base;
        if bold {
            s = s.add_modifier(Modifier::BOLD);
        }
        if italic {
            s = s.add_modifier(Modifier::ITALIC);
        }
        s
    };
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '`'
            && let Some(end) = rest[1..].find('`')
        {
            if !current.is_empty() {
                out.push((std::mem::take(&mut current), style_of(bold, italic)));
            }
            let code = &rest[1..1 + end];
            let style = match palette.code.fg {
                Some(fg) if palette.color => style_of(bold, italic).fg(fg),
                _ => style_of(bold, italic).add_modifier(Modifier::UNDERLINED),
            };
            out.push((code.to_owned(), style));
            rest = &rest[end + 2..];
            continue;
        }
        if rest.starts_with("**") && (bold || rest[2..].contains("**")) {
            if !current.is_empty() {
                out.push((std::mem::take(&mut current), style_of(bold, italic)));
            }
            bold = !bold;
            rest = &rest[2..];
            continue;
        }
        if c == '*' && (italic || (!rest[1..].starts_with(' ') && rest[1..].contains('*'))) {
            if !current.is_empty() {
                out.push((std::mem::take(&mut current), style_of(bold, italic)));
            }
            italic = !italic;
            rest = &rest[1..];
            continue;
        }
        current.push(c);
        rest = &rest[c.len_utf8()..];
    }
    if !current.is_empty() {
        out.push((current, style_of(bold, italic)));
    }
    out
}

/// Word-wraps styled pieces to `width` columns; `first` prefixes the first
/// row and `rest` every following one (list markers, note bars).
fn wrap(
    pieces: &[(String, Style)],
    width: usize,
    first: Span<'static>,
    rest: Span<'static>,
) -> Vec<Line<'static>> {
    let indent = first.content.width().max(rest.content.width());
    let avail = width.saturating_sub(indent).max(8);
    let mut lines = Vec::new();
    let mut spans: Vec<Span<'static>> = vec![first];
    let mut used = 0usize;
    let mut pending_space: Option<Style> = None;
    for (text, style) in pieces {
        for (i, word) in text.split(' ').enumerate() {
            if i > 0 {
                pending_space = Some(*style);
            }
            if word.is_empty() {
                continue;
            }
            let mut word = word.to_owned();
            loop {
                let w = word.width();
                let space = usize::from(pending_space.is_some() && used > 0);
                if used + space + w <= avail {
                    if space == 1 {
                        spans.push(Span::styled(" ", pending_space.unwrap_or(*style)));
                    }
                    used += space + w;
                    spans.push(Span::styled(word, *style));
                    pending_space = None;
                    break;
                }
                if used > 0 {
                    lines.push(Line::from(std::mem::replace(
                        &mut spans,
                        vec![rest.clone()],
                    )));
                    used = 0;
                    pending_space = None;
                    continue;
                }
                // A word longer than the line: cut it.
                let cut = split_at_width(&word, avail);
                let tail = word.split_off(cut);
                spans.push(Span::styled(word, *style));
                lines.push(Line::from(std::mem::replace(
                    &mut spans,
                    vec![rest.clone()],
                )));
                word = tail;
                if word.is_empty() {
                    break;
                }
            }
        }
    }
    if used > 0 || lines.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

fn split_at_width(word: &str, width: usize) -> usize {
    let mut used = 0;
    for (i, c) in word.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width && i > 0 {
            return i;
        }
        used += w;
    }
    word.len()
}

/// One plain sentence or paragraph, word-wrapped in one style.
pub fn paragraph(text: &str, style: Style, width: u16) -> Vec<Line<'static>> {
    let pieces = [(text.to_owned(), style)];
    wrap(
        &pieces,
        usize::from(width.max(10)),
        Span::raw(""),
        Span::raw(""),
    )
}

/// Styled pieces word-wrapped to `width` columns after `first` (a label),
/// the following rows indented as far as the label.
pub fn hanging(first: Span<'static>, pieces: &[(String, Style)], width: u16) -> Vec<Line<'static>> {
    let pad = " ".repeat(first.content.width());
    wrap(pieces, usize::from(width.max(10)), first, Span::raw(pad))
}

/// The whole text, wrapped to `width` columns.
pub fn render(text: &str, width: u16, palette: &Palette) -> Vec<Line<'static>> {
    let width = usize::from(width.max(10));
    let mut out: Vec<Line<'static>> = Vec::new();
    let blocks = parse(text);
    for (i, block) in blocks.iter().enumerate() {
        let tight_list = i > 0
            && matches!(block, Block::Item { .. })
            && matches!(blocks[i - 1], Block::Item { .. });
        if i > 0 && !tight_list {
            out.push(Line::default());
        }
        match block {
            Block::Heading(h) => {
                let pieces = inline(h, palette.title, palette);
                out.extend(wrap(&pieces, width, Span::raw(""), Span::raw("")));
            }
            Block::Paragraph(p) => {
                let pieces = inline(p, palette.base, palette);
                out.extend(wrap(&pieces, width, Span::raw(""), Span::raw("")));
            }
            Block::Item { marker, text } => {
                let pieces = inline(text, palette.base, palette);
                let first = Span::styled(format!("  {marker} "), palette.accent);
                let pad = " ".repeat(first.content.width());
                out.extend(wrap(&pieces, width, first, Span::raw(pad)));
            }
            Block::Note(n) => {
                let pieces = inline(n, palette.dim.add_modifier(Modifier::ITALIC), palette);
                let bar = Span::styled("▌ ", palette.accent);
                out.extend(wrap(&pieces, width, bar.clone(), bar));
            }
            Block::Code(lines) => {
                for l in lines {
                    out.push(Line::from(vec![
                        Span::styled("  ", palette.base),
                        Span::styled(expand_tabs(l), palette.code),
                    ]));
                }
            }
        }
    }
    out
}

/// Plain text of rendered lines (for tests and measuring).
pub fn line_text(line: &Line<'_>) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::Theme;

    fn texts(md: &str, width: u16) -> Vec<String> {
        render(md, width, &Palette::new(Theme::Dark, true))
            .iter()
            .map(line_text)
            .collect()
    }

    #[test]
    fn paragraphs_wrap_and_separate() {
        let t = texts("one two three four\nfive\n\nsix", 12);
        assert_eq!(t, ["one two", "three four", "five", "", "six"]);
    }

    #[test]
    fn lists_headings_notes_and_code() {
        let md =
            "### Title\n- a\n- b long text\n  continued\n\n> note\n> more\n\n```\n\tx := 1\n```";
        let t = texts(md, 40);
        assert_eq!(
            t,
            [
                "Title",
                "",
                "  • a",
                "  • b long text continued",
                "",
                "▌ note more",
                "",
                "      x := 1"
            ]
        );
    }

    #[test]
    fn numbered_items() {
        assert_eq!(
            texts("1. first\n2. second", 30),
            ["  1. first", "  2. second"]
        );
    }

    #[test]
    fn a_number_wrapped_to_a_line_start_stays_in_its_paragraph() {
        assert_eq!(
            texts("never at 7 or\n10. Nothing is allocated.", 60),
            ["never at 7 or 10. Nothing is allocated."]
        );
        assert_eq!(
            texts("Steps:\n1. first\n2. second", 30),
            ["Steps:", "", "  1. first", "  2. second"]
        );
    }

    #[test]
    fn inline_styles() {
        let p = Palette::new(Theme::Dark, true);
        let pieces = inline("a **b** *c* `d`", p.base, &p);
        let names: Vec<&str> = pieces.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, ["a ", "b", " ", "c", " ", "d"]);
        assert!(pieces[1].1.add_modifier.contains(Modifier::BOLD));
        assert!(pieces[3].1.add_modifier.contains(Modifier::ITALIC));
        assert_eq!(pieces[5].1.fg, p.code.fg);
    }

    #[test]
    fn long_words_are_cut() {
        let t = texts("abcdefghijklmnopqrstuvwxyz", 10);
        assert_eq!(t, ["abcdefghij", "klmnopqrst", "uvwxyz"]);
    }

    #[test]
    fn stars_in_math_stay() {
        let t = texts("2 * 3 = 6", 30);
        assert_eq!(t, ["2 * 3 = 6"]);
    }
}
