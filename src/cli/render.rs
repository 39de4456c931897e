//! Verdict explanations and statuses as text for the terminal. Colours go through
//! anstream, which drops them when output is not a terminal or NO_COLOR is set.

use crate::Lang;
use crate::engine::Engine;
use crate::explain::{
    Context, DIFF_EXPECTED, DIFF_PRINTED, Explanation, Section, Tone, explained_by,
};
use crate::progress::Status;
use crate::runner::{DiffTag, Verdict};
use anstyle::Style;
use std::fmt::Write;

pub mod style {
    use anstyle::{AnsiColor, Style};

    pub fn bold() -> Style {
        Style::new().bold()
    }
    pub fn good() -> Style {
        AnsiColor::Green.on_default().bold()
    }
    pub fn bad() -> Style {
        AnsiColor::Red.on_default().bold()
    }
    pub fn warn() -> Style {
        AnsiColor::Yellow.on_default()
    }
    pub fn dim() -> Style {
        Style::new().dimmed()
    }
    pub fn added() -> Style {
        AnsiColor::Green.on_default()
    }
    pub fn removed() -> Style {
        AnsiColor::Red.on_default()
    }
    pub fn accent() -> Style {
        AnsiColor::Cyan.on_default()
    }
}

pub fn status_mark(status: Status) -> String {
    match status {
        Status::Passed => format!("{}✓{:#}", style::good(), style::good()),
        Status::Attempted => format!("{}~{:#}", style::warn(), style::warn()),
        Status::New => format!("{}·{:#}", style::dim(), style::dim()),
    }
}

/// A verdict's explanation (the one the tutorial draws too) as text; `lang`
/// is the exercise's language.
pub fn verdict(engine: &Engine, verdict: &Verdict, lang: Option<Lang>) -> String {
    let cx = Context {
        expect: None,
        pack: Some(engine.pack()),
        lang,
    };
    text(&Explanation::of(verdict, cx))
}

fn tone(tone: Tone) -> Style {
    match tone {
        Tone::Plain => Style::new(),
        Tone::Dim => style::dim(),
        Tone::Good => style::added(),
        Tone::Warn => style::warn(),
        Tone::Bad => style::removed(),
        Tone::Accent => style::accent(),
    }
}

/// An explanation as lines of text, with anstyle colours.
pub(crate) fn text(e: &Explanation) -> String {
    let mut out = String::new();
    let head = tone(e.tone).bold();
    let _ = writeln!(out, "{head}{} {}{head:#}", e.mark, e.headline);
    if let Some(metrics) = &e.metrics {
        let _ = writeln!(out, "{}{metrics}{:#}", style::dim(), style::dim());
    }
    let _ = writeln!(out);
    for (t, text) in &e.advice {
        let s = tone(*t);
        let _ = writeln!(out, "{s}{text}{s:#}");
    }
    for (gap, section) in e.spaced_sections() {
        if gap {
            let _ = writeln!(out);
        }
        write_section(&mut out, section);
    }
    out
}

fn lines(out: &mut String, text: &str, s: Style) {
    for line in text.trim_end().lines() {
        let _ = writeln!(out, "{s}{line}{s:#}");
    }
}

fn heading(out: &mut String, heading: Option<&str>) {
    if let Some(h) = heading {
        let s = style::dim().bold();
        let _ = writeln!(out, "{s}{h}{s:#}");
    }
}

fn write_section(out: &mut String, section: &Section) {
    match section {
        Section::Diff(diff) => {
            let (del, ins) = (style::removed(), style::added());
            let _ = writeln!(
                out,
                "{del}{DIFF_EXPECTED}{del:#}   {ins}{DIFF_PRINTED}{ins:#}\n"
            );
            for line in diff {
                let (mark, s) = match line.tag {
                    DiffTag::Equal => (' ', Style::new()),
                    DiffTag::Delete => ('-', del),
                    DiffTag::Insert => ('+', ins),
                };
                let _ = writeln!(out, "{s}{mark} {}{s:#}", line.text);
            }
        }
        Section::Log { heading: h, text } => {
            heading(out, *h);
            // Compiler colours pass through; anstream drops them when the
            // output is not a terminal or NO_COLOR is set.
            let _ = writeln!(out, "{}", text.trim_end());
        }
        Section::Text {
            heading: h,
            text,
            tone: t,
        } => {
            heading(out, *h);
            lines(out, text, tone(*t));
        }
        Section::Codes(codes) => {
            let s = style::dim();
            let _ = writeln!(out, "{s}Error codes: {}{s:#}", codes.join(", "));
        }
        Section::Expected { expected, actual } => {
            let s = style::dim();
            let _ = writeln!(out, "{s}Expected:{s:#} {expected}");
            let _ = writeln!(out, "{s}Actually:{s:#} {actual}");
        }
        Section::ExplainedBy(pages) => {
            for page in pages {
                lines(out, &explained_by(page), style::warn());
            }
        }
    }
}
