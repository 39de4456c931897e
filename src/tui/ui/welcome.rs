//! The first-run page and the "terminal too small" message.

use super::super::app::{App, MIN_HEIGHT, MIN_WIDTH};
use super::super::content;
use super::super::layout;
use super::common::{pane, scrolled};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame, app: &App, body: Rect) {
    let palette = app.palette();
    let rect = layout::welcome(body);
    let lines = content::welcome(app, layout::inner(rect).width);
    let block = pane(
        Line::styled(" Welcome to gorust ", palette.title),
        true,
        &palette,
    );
    scrolled(frame, rect, block, lines, app.welcome_scroll, &palette);
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
