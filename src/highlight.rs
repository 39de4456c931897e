//! Go and Rust source turned into ratatui [`Line`]s with syntect colours.
//!
//! Loading syntect's syntaxes and themes takes tens of milliseconds, so it
//! happens once, lazily, and [`warm_up`] starts it on a background thread:
//! the first frame shows plain text rather than waiting. Each highlighted
//! text is converted once and cached by its content.

use crate::Lang;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};
use syntect::easy::HighlightLines;
use syntect::highlighting::{FontStyle, ThemeSet};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// Which syntect theme: one for dark backgrounds, one for light.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Background {
    Dark,
    Light,
}

/// Columns a tab advances to (Go source is indented with tabs).
pub const TAB_WIDTH: usize = 4;
/// Cached texts beyond this are dropped wholesale; a session views far fewer.
const CACHE_LIMIT: usize = 512;

struct Assets {
    syntaxes: SyntaxSet,
    themes: ThemeSet,
}

static ASSETS: OnceLock<Assets> = OnceLock::new();
type Key = (u64, Lang, Background);
static CACHE: OnceLock<Mutex<HashMap<Key, Arc<[Line<'static>]>>>> = OnceLock::new();

fn assets() -> &'static Assets {
    ASSETS.get_or_init(|| Assets {
        syntaxes: SyntaxSet::load_defaults_newlines(),
        themes: ThemeSet::load_defaults(),
    })
}

/// Starts loading syntect in the background; returns at once.
pub fn warm_up() {
    if ASSETS.get().is_none() {
        // If the thread cannot be spawned, the first highlight loads instead.
        let _ = std::thread::Builder::new()
            .name("gorust-syntect".into())
            .spawn(|| {
                assets();
            });
    }
}

/// Whether highlighting is available without waiting.
pub fn ready() -> bool {
    ASSETS.get().is_some()
}

/// Highlighted lines, from the cache when the same text was seen before.
/// Blocks while syntect loads the first time.
pub fn highlight(code: &str, lang: Lang, background: Background) -> Arc<[Line<'static>]> {
    let key = (content_hash(code), lang, background);
    let cache = CACHE.get_or_init(Default::default);
    if let Ok(cache) = cache.lock()
        && let Some(lines) = cache.get(&key)
    {
        return Arc::clone(lines);
    }
    let lines: Arc<[Line<'static>]> = convert(code, lang, background).into();
    if let Ok(mut cache) = cache.lock() {
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key, Arc::clone(&lines));
    }
    lines
}

/// Highlighted lines if syntect is loaded, otherwise `None` (draw plain text).
pub fn highlight_if_ready(
    code: &str,
    lang: Lang,
    background: Background,
) -> Option<Arc<[Line<'static>]>> {
    ready().then(|| highlight(code, lang, background))
}

/// The same lines without colour, tabs expanded.
pub fn plain(code: &str) -> Vec<Line<'static>> {
    code.lines().map(|l| Line::from(expand_tabs(l))).collect()
}

fn content_hash(code: &str) -> u64 {
    let mut h = DefaultHasher::new();
    code.hash(&mut h);
    h.finish()
}

fn convert(code: &str, lang: Lang, background: Background) -> Vec<Line<'static>> {
    let assets = assets();
    let syntax = assets
        .syntaxes
        .find_syntax_by_extension(lang.extension())
        .unwrap_or_else(|| assets.syntaxes.find_syntax_plain_text());
    let theme_name = match background {
        Background::Dark => "base16-ocean.dark",
        Background::Light => "InspiredGitHub",
    };
    let Some(theme) = assets.themes.themes.get(theme_name) else {
        return plain(code);
    };
    let mut highlighter = HighlightLines::new(syntax, theme);
    let mut out = Vec::new();
    for line in LinesWithEndings::from(code) {
        let Ok(ranges) = highlighter.highlight_line(line, &assets.syntaxes) else {
            out.push(Line::from(expand_tabs(line.trim_end_matches(['\n', '\r']))));
            continue;
        };
        let mut column = 0;
        let spans: Vec<Span<'static>> = ranges
            .into_iter()
            .filter_map(|(style, text)| {
                let text = text.trim_end_matches(['\n', '\r']);
                if text.is_empty() {
                    return None;
                }
                let expanded = expand_tabs_from(text, &mut column);
                Some(Span::styled(expanded, convert_style(style)))
            })
            .collect();
        out.push(Line::from(spans));
    }
    out
}

fn convert_style(style: syntect::highlighting::Style) -> Style {
    let fg = style.foreground;
    let mut out = Style::new().fg(Color::Rgb(fg.r, fg.g, fg.b));
    if style.font_style.contains(FontStyle::BOLD) {
        out = out.add_modifier(Modifier::BOLD);
    }
    if style.font_style.contains(FontStyle::ITALIC) {
        out = out.add_modifier(Modifier::ITALIC);
    }
    if style.font_style.contains(FontStyle::UNDERLINE) {
        out = out.add_modifier(Modifier::UNDERLINED);
    }
    out
}

/// Replaces tabs with spaces up to the next tab stop.
pub fn expand_tabs(text: &str) -> String {
    let mut column = 0;
    expand_tabs_from(text, &mut column)
}

/// As [`expand_tabs`], for a piece of a line that starts at `column`.
fn expand_tabs_from(text: &str, column: &mut usize) -> String {
    if !text.contains('\t') {
        *column += text.chars().count();
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\t' {
            let spaces = TAB_WIDTH - *column % TAB_WIDTH;
            out.extend(std::iter::repeat_n(' ', spaces));
            *column += spaces;
        } else {
            out.push(c);
            *column += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(lines: &[Line<'_>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn expands_tabs_to_stops() {
        assert_eq!(expand_tabs("\tx"), "    x");
        assert_eq!(expand_tabs("ab\tc"), "ab  c");
        assert_eq!(expand_tabs("no tabs"), "no tabs");
    }

    #[test]
    fn highlights_go_and_keeps_text() {
        let code = "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n";
        let lines = highlight(code, Lang::Go, Background::Dark);
        assert_eq!(
            text_of(&lines),
            [
                "package main",
                "",
                "func main() {",
                "    println(\"hi\")",
                "}"
            ]
        );
        let coloured = lines
            .iter()
            .flat_map(|l| l.spans.iter())
            .filter(|s| s.style.fg.is_some())
            .count();
        assert!(coloured > 3, "expected syntax colours");
    }

    #[test]
    fn caches_by_content() {
        let code = "fn main() { let x = 1; }\n";
        let a = highlight(code, Lang::Rust, Background::Light);
        let b = highlight(code, Lang::Rust, Background::Light);
        assert!(Arc::ptr_eq(&a, &b));
        let c = highlight(code, Lang::Rust, Background::Dark);
        assert!(!Arc::ptr_eq(&a, &c));
    }
}
