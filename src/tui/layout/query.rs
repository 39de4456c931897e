//! Geometry asked of the state: where the current screen's panes are, which
//! one is under the mouse, how far a pane scrolls, the editor's viewport.
//! `update` and `ui` both ask here, so they always agree.

use super::super::app::{App, ExercisePane, LessonPane, Screen};
use super::super::content;
use super::super::job::JobSlot;
use super::{ExerciseLayout, LessonLayout};
use crate::Lang;
use crate::lang::PerLang;
use ratatui::layout::Rect;
use ratatui::text::Line;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

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
    let prose = prose_lines(app, body.width.saturating_sub(2));
    let wanted = u16::try_from(prose + 2).unwrap_or(u16::MAX);
    // The built-in editor takes its program's pane; below side-by-side
    // width it takes the whole body, as it would be too short otherwise.
    let zoom = match &view.editor {
        Some(editor) if !app.wide() => Some(LessonPane::Code(editor.lang)),
        Some(_) => None,
        None => view.zoom.then_some(view.focus),
    };
    Some(super::lesson(body, app.wide(), panes, zoom, wanted))
}

thread_local! {
    /// Prose line counts by what the prose depends on (see [`prose_lines`]).
    static PROSE_LINES: RefCell<HashMap<u64, usize>> = RefCell::new(HashMap::new());
}

/// Counts kept at most; past it the cache starts again (a page's count is
/// one Markdown render away).
const PROSE_CACHE: usize = 256;

/// Lines of the current page's prose at `width`. Every layout query (each
/// key, each frame, each mouse event) asks it, and Markdown is the costly
/// part of a layout, so the count is cached, keyed by all the prose pane's
/// lines depend on: the page's text and explained codes, whether it has
/// programs and whether they have run (the "press r" line), and the width.
/// Colours (theme, NO_COLOR) and sides never change a count.
pub fn prose_lines(app: &App, width: u16) -> usize {
    let Some((view, _, page)) = app.current_lesson() else {
        return 0;
    };
    let mut key = DefaultHasher::new();
    page.text.hash(&mut key);
    page.explains.hash(&mut key);
    page.explains_go.hash(&mut key);
    (page.go.is_some() || page.rust.is_some()).hash(&mut key);
    view.runs.values().all(JobSlot::idle).hash(&mut key);
    width.hash(&mut key);
    let key = key.finish();
    if let Some(count) = PROSE_LINES.with(|c| c.borrow().get(&key).copied()) {
        return count;
    }
    let count = content::lesson_pane(app, LessonPane::Prose, width).len();
    PROSE_LINES.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() >= PROSE_CACHE {
            cache.clear();
        }
        cache.insert(key, count);
    });
    count
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

/// Where the built-in editor is drawn: in place of the exercise's code
/// pane, or of the page program's it edits.
pub fn editor_area(app: &App) -> Option<Rect> {
    match app.screen {
        Screen::Lesson => {
            let lang = app.lesson.as_ref()?.editor.as_ref()?.lang;
            lesson_layout(app)?.code[lang]
        }
        _ => exercise_layout(app)?.code,
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
    let gutter = super::gutter_width(lines);
    (
        usize::from(inner.height),
        usize::from(inner.width.saturating_sub(gutter)),
    )
}

/// The pane's area and how many lines it holds, for scroll limits.
fn target_content(app: &App, target: ScrollTarget) -> Option<(Rect, usize)> {
    let count = |(area, lines): (Rect, Vec<Line<'static>>)| (area, lines.len());
    match target {
        ScrollTarget::Overlay => {
            let area = super::overlay(full_area(app));
            let lines = content::overlay(app, super::inner(area).width)?;
            Some((area, lines.len()))
        }
        ScrollTarget::Welcome => {
            let area = super::welcome(body(app));
            Some((area, content::welcome(app, super::inner(area).width).len()))
        }
        ScrollTarget::Prose => {
            let area = lesson_layout(app)?.prose?;
            Some((area, prose_lines(app, super::inner(area).width)))
        }
        ScrollTarget::Code(lang) => lesson_content(app, LessonPane::Code(lang)).map(count),
        ScrollTarget::Output(lang) => lesson_content(app, LessonPane::Output(lang)).map(count),
        ScrollTarget::Task => exercise_content(app, ExercisePane::Task).map(count),
        ScrollTarget::Source => exercise_content(app, ExercisePane::Code).map(count),
        ScrollTarget::Result => exercise_content(app, ExercisePane::Result).map(count),
    }
}

fn lesson_content(app: &App, pane: LessonPane) -> Option<(Rect, Vec<Line<'static>>)> {
    let area = lesson_layout(app)?.rect(pane)?;
    let width = super::inner(area).width;
    Some((area, content::lesson_pane(app, pane, width)))
}

fn exercise_content(app: &App, pane: ExercisePane) -> Option<(Rect, Vec<Line<'static>>)> {
    let area = exercise_layout(app)?.rect(pane)?;
    let width = super::inner(area).width;
    Some((area, content::exercise_pane(app, pane, width)))
}

/// How far a pane can scroll: its lines less the rows it shows.
pub fn max_scroll(app: &App, target: ScrollTarget) -> u16 {
    match target_content(app, target) {
        Some((area, lines)) => {
            let rows = super::inner(area).height;
            u16::try_from(lines.saturating_sub(usize::from(rows))).unwrap_or(u16::MAX)
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
    let offset = super::catalog_offset(app.catalog.selected, inner.height);
    let index = offset + usize::from(row - inner.y);
    (index < app.catalog_rows().len()).then_some(index)
}
