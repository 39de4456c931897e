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

/// Declares the colour roles of the coloured themes once, as a table:
/// each role's `0xRRGGBB` for `[dark, light]`.
macro_rules! colour_table {
    ($($role:ident: $dark:literal, $light:literal;)*) => {
        struct Colours {
            $($role: [u32; 2],)*
        }

        const COLOURS: Colours = Colours {
            $($role: [$dark, $light],)*
        };
    };
}

// Focused borders and keys take the accent; the selection's text takes the
// title's colour.
colour_table! {
    fg: 0xd8dbe2, 0x24292f;
    bg: 0x1d2026, 0xfafaf7;
    dim: 0x8a92a0, 0x6a737d;
    title: 0xffffff, 0x0b0f14;
    accent: 0x6cc4f0, 0x0550ae;
    border: 0x4a505c, 0xb0b7c0;
    selected: 0x2f4f6f, 0xc8e1ff;
    ok: 0x7ed37e, 0x116329;
    error: 0xff7a7a, 0xb31d28;
    warn: 0xf0c674, 0x8a4b00;
    code: 0xe6b473, 0x953800;
    line_number: 0x5c6370, 0x9aa1a9;
    header: 0x2a2f3a, 0xe4e8ee;
    delete_fg: 0xff8a8a, 0x86181d;
    delete_bg: 0x3c2226, 0xffebe9;
    insert_fg: 0x8fe08f, 0x116329;
    insert_bg: 0x1f3a26, 0xe6ffec;
    gauge_done: 0x7ed37e, 0x1a7f37;
    gauge_todo: 0x3a404c, 0xd8dee4;
    banner_fg: 0x1d2026, 0x24292f;
    banner_bg: 0xf0c674, 0xffd86b;
}

impl Palette {
    pub fn new(theme: Theme, color: bool) -> Palette {
        if !color {
            return Palette::monochrome(theme);
        }
        match theme {
            Theme::Dark => Palette::coloured(theme, 0),
            Theme::Light => Palette::coloured(theme, 1),
        }
    }

    /// A coloured palette: every role from `column` of [`COLOURS`].
    fn coloured(theme: Theme, column: usize) -> Palette {
        let rgb = |role: [u32; 2]| {
            let [_, r, g, b] = role[column].to_be_bytes();
            Color::Rgb(r, g, b)
        };
        let c = &COLOURS;
        let (fg, bg) = (rgb(c.fg), rgb(c.bg));
        let base = Style::new().fg(fg).bg(bg);
        let bold = Modifier::BOLD;
        Palette {
            theme,
            color: true,
            base,
            dim: base.fg(rgb(c.dim)),
            title: base.fg(rgb(c.title)).add_modifier(bold),
            accent: base.fg(rgb(c.accent)),
            border: base.fg(rgb(c.border)),
            border_focus: base.fg(rgb(c.accent)),
            selected: base.fg(rgb(c.title)).bg(rgb(c.selected)).add_modifier(bold),
            ok: base.fg(rgb(c.ok)),
            error: base.fg(rgb(c.error)),
            warn: base.fg(rgb(c.warn)),
            code: base.fg(rgb(c.code)),
            line_number: base.fg(rgb(c.line_number)),
            key: base.fg(rgb(c.accent)).add_modifier(bold),
            header: base.bg(rgb(c.header)),
            diff_delete: base.fg(rgb(c.delete_fg)).bg(rgb(c.delete_bg)),
            diff_insert: base.fg(rgb(c.insert_fg)).bg(rgb(c.insert_bg)),
            gauge_done: rgb(c.gauge_done),
            gauge_todo: rgb(c.gauge_todo),
            banner: base
                .fg(rgb(c.banner_fg))
                .bg(rgb(c.banner_bg))
                .add_modifier(bold),
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
