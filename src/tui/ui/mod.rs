//! Drawing: `draw(frame, &app)` is a pure function of the state. The content
//! builders here are also used by `update` to know how far a pane scrolls.

mod catalog;
mod common;
mod exercise;
mod lesson;
mod overlay;
mod verdict;
mod welcome;

use super::app::{App, ExercisePane, LessonPane, Overlay, Screen};
use super::keymap;
use super::layout::{self, ExerciseLayout, LessonLayout};
use crate::Lang;
use crate::lang::PerLang;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Block;

pub use common::{ansi_lines, capitalised, line_width};
pub use verdict::{RunContext, run_lines};

/// Something that scrolls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScrollTarget {
    Overlay,
    Prose,
    Code(Lang),
    Output(Lang),
    Task,
    Result,
}

impl From<LessonPane> for ScrollTarget {
    fn from(pane: LessonPane) -> ScrollTarget {
        match pane {
            LessonPane::Prose => ScrollTarget::Prose,
            LessonPane::Code(lang) => ScrollTarget::Code(lang),
            LessonPane::Output(lang) => ScrollTarget::Output(lang),
        }
    }
}

impl From<ExercisePane> for ScrollTarget {
    fn from(pane: ExercisePane) -> ScrollTarget {
        match pane {
            ExercisePane::Task => ScrollTarget::Task,
            ExercisePane::Result => ScrollTarget::Result,
        }
    }
}

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
        Screen::Lesson => lesson::draw(frame, app, chrome.body),
        Screen::Exercise => exercise::draw(frame, app, chrome.body),
    }
    common::status(frame, app, chrome.status);
    common::footer(frame, app, chrome.footer);
    match &app.overlay {
        Some(Overlay::Help { scroll }) => overlay::help(frame, app, area, *scroll),
        Some(Overlay::Confirm(what)) => overlay::confirm(frame, app, area, *what),
        Some(Overlay::Solution { scroll, .. }) => overlay::solution(frame, app, area, *scroll),
        None => {}
    }
}

fn banner_shown(app: &App) -> bool {
    app.screen != Screen::Welcome && !app.missing_tools().is_empty()
}

fn full_area(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

fn body(app: &App) -> Rect {
    layout::chrome(full_area(app), banner_shown(app)).body
}

pub fn lesson_layout(app: &App) -> Option<LessonLayout> {
    let (view, _, page) = app.current_lesson()?;
    let panes = layout::LessonPanes {
        from: app.from,
        code: PerLang::from_fn(|lang| page.snippet(lang).is_some()),
        output: view.runs.as_ref().map(|r| !r.idle()),
    };
    let body = body(app);
    let prose = lesson::pane_content(
        app,
        LessonPane::Prose,
        body.width.saturating_sub(2),
        &app.palette(),
    );
    let wanted = u16::try_from(prose.len() + 2).unwrap_or(u16::MAX);
    Some(layout::lesson(
        body,
        app.wide(),
        panes,
        view.zoom.then_some(view.focus),
        wanted,
    ))
}

pub fn exercise_layout(app: &App) -> Option<ExerciseLayout> {
    let (view, _, exercise) = app.current_exercise()?;
    Some(layout::exercise(
        body(app),
        app.wide(),
        App::is_quiz(exercise),
        view.editor.is_some(),
        view.zoom.then_some(view.focus),
    ))
}

/// Rows and columns of text the built-in editor shows.
pub fn editor_viewport(app: &App) -> (usize, usize) {
    let Some(area) = exercise_layout(app).and_then(|l| l.task) else {
        return (1, 1);
    };
    let inner = layout::inner(area);
    let lines = app
        .exercise
        .as_ref()
        .and_then(|v| v.editor.as_ref())
        .map_or(1, |e| e.lines().len());
    let gutter = exercise::gutter_width(lines);
    (
        usize::from(inner.height),
        usize::from(inner.width.saturating_sub(gutter)),
    )
}

/// The pane's area and its content, for scroll limits.
fn target_content(app: &App, target: ScrollTarget) -> Option<(Rect, Vec<Line<'static>>)> {
    match target {
        ScrollTarget::Overlay => overlay::content(app, full_area(app)),
        ScrollTarget::Prose => lesson_content(app, LessonPane::Prose),
        ScrollTarget::Code(lang) => lesson_content(app, LessonPane::Code(lang)),
        ScrollTarget::Output(lang) => lesson_content(app, LessonPane::Output(lang)),
        ScrollTarget::Task => exercise_content(app, ExercisePane::Task),
        ScrollTarget::Result => exercise_content(app, ExercisePane::Result),
    }
}

fn lesson_content(app: &App, pane: LessonPane) -> Option<(Rect, Vec<Line<'static>>)> {
    let area = lesson_layout(app)?.rect(pane)?;
    let width = layout::inner(area).width;
    Some((area, lesson::pane_content(app, pane, width, &app.palette())))
}

fn exercise_content(app: &App, pane: ExercisePane) -> Option<(Rect, Vec<Line<'static>>)> {
    let area = exercise_layout(app)?.rect(pane)?;
    let width = layout::inner(area).width;
    Some((
        area,
        exercise::pane_content(app, pane, width, &app.palette()),
    ))
}

/// How far a pane can scroll: its lines less the rows it shows.
pub fn max_scroll(app: &App, target: ScrollTarget) -> u16 {
    match target_content(app, target) {
        Some((area, lines)) => {
            let rows = layout::inner(area).height;
            u16::try_from(lines.len().saturating_sub(usize::from(rows))).unwrap_or(u16::MAX)
        }
        None => 0,
    }
}

/// Rows of text a pane shows.
pub fn pane_rows(app: &App, target: ScrollTarget) -> u16 {
    target_content(app, target).map_or(1, |(area, _)| layout::inner(area).height)
}

pub fn catalog_list_rows(app: &App) -> u16 {
    let (_, list, _) = layout::catalog(body(app), app.wide());
    layout::inner(list).height
}

pub fn catalog_row_at(app: &App, column: u16, row: u16) -> Option<usize> {
    let (_, list, _) = layout::catalog(body(app), app.wide());
    let inner = layout::inner(list);
    if !inner.contains((column, row).into()) {
        return None;
    }
    let offset = catalog::offset(app.catalog.selected, inner.height);
    let index = offset + usize::from(row - inner.y);
    (index < app.catalog_rows().len()).then_some(index)
}

/// For tests and the benchmark: the footer's key hints as text.
pub fn footer_text(app: &App) -> String {
    let context = keymap::context(app);
    common::footer_items(app, context)
        .into_iter()
        .map(|(k, h)| format!("{k} {h}"))
        .collect::<Vec<_>>()
        .join("  ")
}
