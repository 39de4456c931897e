//! Colours. Every colour the UI uses is a role in [`Palette`], so a theme is
//! one table and NO_COLOR is a palette without colours.

use ratatui::style::{Color, Modifier, Style};

pub use crate::settings::Theme;

/// The colour of every role on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub theme: Theme,
    /// False under NO_COLOR: styles then use modifiers only.
    pub color: bool,
    pub base: Style,
    pub dim: Style,
    pub title: Style,
    pub accent: Style,
    pub border: Style,
    pub border_focus: Style,
    pub selected: Style,
    pub ok: Style,
    pub error: Style,
    pub warn: Style,
    pub code: Style,
    pub line_number: Style,
    pub key: Style,
    pub header: Style,
    pub diff_delete: Style,
    pub diff_insert: Style,
    pub gauge_done: Color,
    pub gauge_todo: Color,
    pub banner: Style,
    pub cursor: Style,
}

impl Palette {
    pub fn new(theme: Theme, color: bool) -> Palette {
        if !color {
            return Palette::monochrome(theme);
        }
        match theme {
            Theme::Dark => Palette::dark(),
            Theme::Light => Palette::light(),
        }
    }

    fn dark() -> Palette {
        let bg = Color::Rgb(0x1d, 0x20, 0x26);
        let fg = Color::Rgb(0xd8, 0xdb, 0xe2);
        let base = Style::new().fg(fg).bg(bg);
        Palette {
            theme: Theme::Dark,
            color: true,
            base,
            dim: base.fg(Color::Rgb(0x8a, 0x92, 0xa0)),
            title: base
                .fg(Color::Rgb(0xff, 0xff, 0xff))
                .add_modifier(Modifier::BOLD),
            accent: base.fg(Color::Rgb(0x6c, 0xc4, 0xf0)),
            border: base.fg(Color::Rgb(0x4a, 0x50, 0x5c)),
            border_focus: base.fg(Color::Rgb(0x6c, 0xc4, 0xf0)),
            selected: Style::new()
                .fg(Color::Rgb(0xff, 0xff, 0xff))
                .bg(Color::Rgb(0x2f, 0x4f, 0x6f))
                .add_modifier(Modifier::BOLD),
            ok: base.fg(Color::Rgb(0x7e, 0xd3, 0x7e)),
            error: base.fg(Color::Rgb(0xff, 0x7a, 0x7a)),
            warn: base.fg(Color::Rgb(0xf0, 0xc6, 0x74)),
            code: base.fg(Color::Rgb(0xe6, 0xb4, 0x73)),
            line_number: base.fg(Color::Rgb(0x5c, 0x63, 0x70)),
            key: base
                .fg(Color::Rgb(0x6c, 0xc4, 0xf0))
                .add_modifier(Modifier::BOLD),
            header: Style::new().fg(fg).bg(Color::Rgb(0x2a, 0x2f, 0x3a)),
            diff_delete: base
                .fg(Color::Rgb(0xff, 0x8a, 0x8a))
                .bg(Color::Rgb(0x3c, 0x22, 0x26)),
            diff_insert: base
                .fg(Color::Rgb(0x8f, 0xe0, 0x8f))
                .bg(Color::Rgb(0x1f, 0x3a, 0x26)),
            gauge_done: Color::Rgb(0x7e, 0xd3, 0x7e),
            gauge_todo: Color::Rgb(0x3a, 0x40, 0x4c),
            banner: Style::new()
                .fg(Color::Rgb(0x1d, 0x20, 0x26))
                .bg(Color::Rgb(0xf0, 0xc6, 0x74))
                .add_modifier(Modifier::BOLD),
            cursor: Style::new().fg(bg).bg(fg),
        }
    }

    fn light() -> Palette {
        let bg = Color::Rgb(0xfa, 0xfa, 0xf7);
        let fg = Color::Rgb(0x24, 0x29, 0x2f);
        let base = Style::new().fg(fg).bg(bg);
        Palette {
            theme: Theme::Light,
            color: true,
            base,
            dim: base.fg(Color::Rgb(0x6a, 0x73, 0x7d)),
            title: base
                .fg(Color::Rgb(0x0b, 0x0f, 0x14))
                .add_modifier(Modifier::BOLD),
            accent: base.fg(Color::Rgb(0x05, 0x50, 0xae)),
            border: base.fg(Color::Rgb(0xb0, 0xb7, 0xc0)),
            border_focus: base.fg(Color::Rgb(0x05, 0x50, 0xae)),
            selected: Style::new()
                .fg(Color::Rgb(0x0b, 0x0f, 0x14))
                .bg(Color::Rgb(0xc8, 0xe1, 0xff))
                .add_modifier(Modifier::BOLD),
            ok: base.fg(Color::Rgb(0x11, 0x63, 0x29)),
            error: base.fg(Color::Rgb(0xb3, 0x1d, 0x28)),
            warn: base.fg(Color::Rgb(0x8a, 0x4b, 0x00)),
            code: base.fg(Color::Rgb(0x95, 0x38, 0x00)),
            line_number: base.fg(Color::Rgb(0x9a, 0xa1, 0xa9)),
            key: base
                .fg(Color::Rgb(0x05, 0x50, 0xae))
                .add_modifier(Modifier::BOLD),
            header: Style::new().fg(fg).bg(Color::Rgb(0xe4, 0xe8, 0xee)),
            diff_delete: base
                .fg(Color::Rgb(0x86, 0x18, 0x1d))
                .bg(Color::Rgb(0xff, 0xeb, 0xe9)),
            diff_insert: base
                .fg(Color::Rgb(0x11, 0x63, 0x29))
                .bg(Color::Rgb(0xe6, 0xff, 0xec)),
            gauge_done: Color::Rgb(0x1a, 0x7f, 0x37),
            gauge_todo: Color::Rgb(0xd8, 0xde, 0xe4),
            banner: Style::new()
                .fg(Color::Rgb(0x24, 0x29, 0x2f))
                .bg(Color::Rgb(0xff, 0xd8, 0x6b))
                .add_modifier(Modifier::BOLD),
            cursor: Style::new().fg(bg).bg(fg),
        }
    }

    /// NO_COLOR: the terminal's own colours, emphasis by modifiers alone.
    fn monochrome(theme: Theme) -> Palette {
        let base = Style::new();
        let bold = base.add_modifier(Modifier::BOLD);
        Palette {
            theme,
            color: false,
            base,
            dim: base,
            title: bold,
            accent: base,
            border: base,
            border_focus: bold,
            selected: base.add_modifier(Modifier::REVERSED),
            ok: bold,
            error: bold,
            warn: bold,
            code: base,
            line_number: base,
            key: bold,
            header: base.add_modifier(Modifier::REVERSED),
            diff_delete: base,
            diff_insert: base.add_modifier(Modifier::UNDERLINED),
            gauge_done: Color::Reset,
            gauge_todo: Color::Reset,
            banner: base.add_modifier(Modifier::REVERSED),
            cursor: base.add_modifier(Modifier::REVERSED),
        }
    }
}

/// NO_COLOR is honoured when present and not empty (no-color.org).
pub fn no_color_requested(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_toggles() {
        assert_eq!("Light".parse::<Theme>(), Ok(Theme::Light));
        assert!("blue".parse::<Theme>().is_err());
        assert_eq!(Theme::Dark.toggled(), Theme::Light);
    }

    #[test]
    fn guesses_light_background() {
        assert_eq!(Theme::guess_from_env(Some("0;15")), Theme::Light);
        assert_eq!(Theme::guess_from_env(Some("15;0")), Theme::Dark);
        assert_eq!(Theme::guess_from_env(None), Theme::Dark);
    }

    #[test]
    fn monochrome_has_no_colours() {
        let p = Palette::new(Theme::Dark, false);
        for style in [p.base, p.ok, p.error, p.selected, p.diff_insert] {
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
    }
}
