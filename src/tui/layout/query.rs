//! Geometry asked of the state: where the current screen's panes are, which
//! one is under the mouse, how far a pane scrolls, the editor's viewport.
//! `update` and `ui` both ask here, so they always agree.

use super::super::app::{App, ExercisePane, LessonPane, Screen};
use super::super::ui::content;
use super::{ExerciseLayout, LessonLayout};
use crate::Lang;
use crate::lang::PerLang;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// Something that scrolls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScrollTarget {
    Overlay,
    Welcome,
    Prose,
    Code(Lang),
    Output(Lang),
    Task,
    Source,
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
            ExercisePane::Code => ScrollTarget::Source,
            ExercisePane::Result => ScrollTarget::Result,
        }
    }
}

pub fn banner_shown(app: &App) -> bool {
    app.screen != Screen::Welcome && !app.missing_tools().is_empty()
}

pub fn full_area(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

pub fn body(app: &App) -> Rect {
    super::chrome(full_area(app), banner_shown(app)).body
}

pub fn lesson_layout(app: &App) -> Option<LessonLayout> {
    let (view, _, page) = app.current_lesson()?;
    let panes = super::LessonPanes {
        from: app.from,
        code: PerLang::from_fn(|lang| page.snippet(lang).is_some()),
        output: view.runs.as_ref().map(|r| !r.idle()),
    };
    let body = body(app);
    let prose = content::lesson_pane(
        app,
        LessonPane::Prose,
        body.width.saturating_sub(2),
        &app.palette(),
    );
    let wanted = u16::try_from(prose.len() + 2).unwrap_or(u16::MAX);
    // The built-in editor takes its program's pane; below side-by-side
    // width it takes the whole body, as it would be too short otherwise.
    let zoom = match &view.editor {
        Some(editor) if !app.wide() => Some(LessonPane::Code(editor.lang)),
        Some(_) => None,
        None => view.zoom.then_some(view.focus),
    };
    Some(super::lesson(body, app.wide(), panes, zoom, wanted))
}

pub fn exercise_layout(app: &App) -> Option<ExerciseLayout> {
    let (view, _, exercise) = app.current_exercise()?;
    let panes = super::ExercisePanes {
        quiz: App::is_quiz(exercise),
        editor: view.editor.is_some(),
        code: view.code.is_some(),
        focus: view.focus,
        zoom: view.zoom,
    };
    Some(super::exercise(body(app), app.wide(), panes))
}

/// Where the built-in editor is drawn: the exercise's task pane, or the
/// code pane of the page program it edits.
pub fn editor_area(app: &App) -> Option<Rect> {
    match app.screen {
        Screen::Lesson => {
            let lang = app.lesson.as_ref()?.editor.as_ref()?.lang;
            lesson_layout(app)?.code[lang]
        }
        _ => exercise_layout(app)?.task,
    }
}

/// Rows and columns of text the built-in editor shows.
pub fn editor_viewport(app: &App) -> (usize, usize) {
    let Some(area) = editor_area(app) else {
        return (1, 1);
    };
    let inner = super::inner(area);
    let editor = match app.screen {
        Screen::Lesson => app.lesson.as_ref().and_then(|v| v.editor.as_ref()),
        _ => app.exercise.as_ref().and_then(|v| v.editor.as_ref()),
    };
    let lines = editor.map_or(1, |e| e.lines().len());
    let gutter = content::gutter_width(lines);
    (
        usize::from(inner.height),
        usize::from(inner.width.saturating_sub(gutter)),
    )
}

/// The pane's area and its content, for scroll limits.
fn target_content(app: &App, target: ScrollTarget) -> Option<(Rect, Vec<Line<'static>>)> {
    match target {
        ScrollTarget::Overlay => content::overlay(app, full_area(app)),
        ScrollTarget::Welcome => Some(content::welcome(app, body(app))),
        ScrollTarget::Prose => lesson_content(app, LessonPane::Prose),
        ScrollTarget::Code(lang) => lesson_content(app, LessonPane::Code(lang)),
        ScrollTarget::Output(lang) => lesson_content(app, LessonPane::Output(lang)),
        ScrollTarget::Task => exercise_content(app, ExercisePane::Task),
        ScrollTarget::Source => exercise_content(app, ExercisePane::Code),
        ScrollTarget::Result => exercise_content(app, ExercisePane::Result),
    }
}

fn lesson_content(app: &App, pane: LessonPane) -> Option<(Rect, Vec<Line<'static>>)> {
    let area = lesson_layout(app)?.rect(pane)?;
    let width = super::inner(area).width;
    Some((area, content::lesson_pane(app, pane, width, &app.palette())))
}

fn exercise_content(app: &App, pane: ExercisePane) -> Option<(Rect, Vec<Line<'static>>)> {
    let area = exercise_layout(app)?.rect(pane)?;
    let width = super::inner(area).width;
    Some((
        area,
        content::exercise_pane(app, pane, width, &app.palette()),
    ))
}

/// How far a pane can scroll: its lines less the rows it shows.
pub fn max_scroll(app: &App, target: ScrollTarget) -> u16 {
    match target_content(app, target) {
        Some((area, lines)) => {
            let rows = super::inner(area).height;
            u16::try_from(lines.len().saturating_sub(usize::from(rows))).unwrap_or(u16::MAX)
        }
        None => 0,
    }
}

/// Rows of text a pane shows.
pub fn pane_rows(app: &App, target: ScrollTarget) -> u16 {
    target_content(app, target).map_or(1, |(area, _)| super::inner(area).height)
}

pub fn catalog_list_rows(app: &App) -> u16 {
    let (_, list, _) = super::catalog(body(app), app.wide());
    super::inner(list).height
}

pub fn catalog_row_at(app: &App, column: u16, row: u16) -> Option<usize> {
    let (_, list, _) = super::catalog(body(app), app.wide());
    let inner = super::inner(list);
    if !inner.contains((column, row).into()) {
        return None;
    }
    let offset = content::catalog_offset(app.catalog.selected, inner.height);
    let index = offset + usize::from(row - inner.y);
    (index < app.catalog_rows().len()).then_some(index)
}
