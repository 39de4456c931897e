//! Drawing: `draw(frame, &app)` is a pure function of the state. Where
//! each pane goes comes from `layout`, what it shows from `content`.

mod catalog;
mod common;
mod exercise;
mod lesson;
mod overlay;
mod welcome;

use super::app::{App, Overlay, Screen};
use super::keymap;
use super::layout;
use ratatui::Frame;
use ratatui::widgets::Block;

pub use super::layout::{ScrollTarget, exercise_layout, lesson_layout};

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let palette = app.palette();
    frame.render_widget(Block::new().style(palette.base), area);
    if app.too_small() {
        return welcome::too_small(frame, app, area);
    }
    let chrome = layout::chrome(area, banner_shown(app));
    common::header(frame, app, chrome.header);
    if let Some(banner) = chrome.banner {
        common::banner(frame, app, banner);
    }
    match app.screen {
        Screen::Welcome => welcome::draw(frame, app, chrome.body),
        Screen::Catalog => catalog::draw(frame, app, chrome.body),
        Screen::Lesson => lesson::draw(frame, app),
        Screen::Exercise => exercise::draw(frame, app),
    }
    common::status(frame, app, chrome.status);
    common::footer(frame, app, chrome.footer);
    match &app.overlay {
        Some(Overlay::Help { scroll }) => overlay::help(frame, app, area, *scroll),
        Some(Overlay::Confirm(what)) => overlay::confirm(frame, app, area, *what),
        Some(Overlay::Solution { scroll, .. }) => overlay::solution(frame, app, area, *scroll),
        Some(Overlay::RustcExplain { code, scroll }) => {
            overlay::rustc_explain(frame, app, area, code, *scroll)
        }
        None => {}
    }
}

fn banner_shown(app: &App) -> bool {
    layout::banner_shown(app)
}

/// For tests and the benchmark: every footer key hint of the screen as
/// text, whether or not it fits.
pub fn footer_text(app: &App) -> String {
    join_footer(common::footer_items(app, keymap::context(app)))
}

/// The footer as drawn at the app's width: the hints that fit, whole.
pub fn footer_shown(app: &App) -> String {
    let items = common::footer_items(app, keymap::context(app));
    join_footer(common::fit_footer(items, usize::from(app.size.0)))
}

/// Each footer hint (`keys what`) of the screen, whether or not it fits.
pub fn footer_hints(app: &App) -> Vec<String> {
    common::footer_items(app, keymap::context(app))
        .into_iter()
        .map(|i| format!("{} {}", i.keys, i.what))
        .collect()
}

fn join_footer(items: Vec<common::FooterItem>) -> String {
    items
        .into_iter()
        .map(|i| format!("{} {}", i.keys, i.what))
        .collect::<Vec<_>>()
        .join("  ")
}
