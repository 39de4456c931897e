//! Where each pane goes. Pure functions of the terminal size and the state,
//! used by drawing and by `update` (mouse hits, scroll limits, the editor's
//! viewport), so both always agree.

mod query;

pub use query::*;

use super::app::{ExercisePane, LessonPane};
use crate::Lang;
use crate::lang::PerLang;
use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// Where a language's panes go on screen: first (left, or on top when the
/// terminal is narrow) or second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    First,
    Second,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::First, Side::Second];

    /// The one place that knows the order: the language the learner comes
    /// from is shown first. Swapping sides (`w`, `--from`) changes `from`.
    pub fn lang(self, from: Lang) -> Lang {
        match self {
            Side::First => from,
            Side::Second => from.other(),
        }
    }
}

pub struct Chrome {
    pub header: Rect,
    pub banner: Option<Rect>,
    pub body: Rect,
    pub status: Rect,
    pub footer: Rect,
}

pub fn chrome(area: Rect, banner: bool) -> Chrome {
    let [header, banner_area, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(banner)),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Chrome {
        header,
        banner: banner.then_some(banner_area),
        body,
        status,
        footer,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LessonLayout {
    pub prose: Option<Rect>,
    /// Code pane of each language.
    pub code: PerLang<Option<Rect>>,
    pub output: PerLang<Option<Rect>>,
}

impl LessonLayout {
    pub fn rect(&self, pane: LessonPane) -> Option<Rect> {
        match pane {
            LessonPane::Prose => self.prose,
            LessonPane::Code(lang) => self.code[lang],
            LessonPane::Output(lang) => self.output[lang],
        }
    }

    pub fn pane_at(&self, column: u16, row: u16) -> Option<LessonPane> {
        let hit = |r: Option<Rect>| r.is_some_and(|r| r.contains((column, row).into()));
        if hit(self.prose) {
            return Some(LessonPane::Prose);
        }
        Lang::ALL.into_iter().find_map(|lang| {
            if hit(self.code[lang]) {
                Some(LessonPane::Code(lang))
            } else if hit(self.output[lang]) {
                Some(LessonPane::Output(lang))
            } else {
                None
            }
        })
    }
}

/// What a lesson page shows: which languages have a program and which have
/// been run, and which one comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonPanes {
    pub from: Lang,
    pub code: PerLang<bool>,
    pub output: PerLang<bool>,
}

/// `prose_rows`: the rows the prose pane would like (its lines and borders).
pub fn lesson(
    body: Rect,
    wide: bool,
    panes: LessonPanes,
    zoom: Option<LessonPane>,
    prose_rows: u16,
) -> LessonLayout {
    let mut out = LessonLayout::default();
    if let Some(pane) = zoom {
        match pane {
            LessonPane::Prose => out.prose = Some(body),
            LessonPane::Code(lang) => out.code[lang] = Some(body),
            LessonPane::Output(lang) => out.output[lang] = Some(body),
        }
        return out;
    }
    let outputs = panes.output;
    let present: Vec<Lang> = Side::BOTH
        .into_iter()
        .map(|side| side.lang(panes.from))
        .filter(|&lang| panes.code[lang])
        .collect();
    if present.is_empty() {
        out.prose = Some(body);
        return out;
    }
    let split = |area: Rect, lang: Lang, direction: Direction| -> (Rect, Option<Rect>) {
        if !outputs[lang] {
            return (area, None);
        }
        let code_share = match direction {
            Direction::Vertical => 55,
            Direction::Horizontal => 56,
        };
        let [code, output] = share(area, direction, code_share);
        (code, Some(output))
    };
    // Wide: the programs side by side, each output under its program, and
    // the prose may take two fifths. Narrow: the programs stacked, each
    // output beside its program, and the prose a third.
    let (prose_rows, across, inside) = if wide {
        let rows = prose_rows
            .clamp(5, (body.height * 2 / 5).max(5))
            .min(body.height.saturating_sub(6));
        (rows, Direction::Horizontal, Direction::Vertical)
    } else {
        let rows = prose_rows.clamp(4, (body.height / 3).max(4));
        (rows, Direction::Vertical, Direction::Horizontal)
    };
    let [prose, code] =
        Layout::vertical([Constraint::Length(prose_rows), Constraint::Min(3)]).areas(body);
    out.prose = Some(prose);
    let slots = Layout::new(
        across,
        vec![Constraint::Ratio(1, present.len() as u32); present.len()],
    )
    .split(code);
    for (slot, &lang) in present.iter().enumerate() {
        let (c, o) = split(slots[slot], lang, inside);
        out.code[lang] = Some(c);
        out.output[lang] = o;
    }
    out
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExerciseLayout {
    pub task: Option<Rect>,
    pub code: Option<Rect>,
    pub result: Option<Rect>,
}

impl ExerciseLayout {
    /// One pane over all of `area`.
    fn only(pane: ExercisePane, area: Rect) -> ExerciseLayout {
        let mut out = ExerciseLayout::default();
        match pane {
            ExercisePane::Task => out.task = Some(area),
            ExercisePane::Code => out.code = Some(area),
            ExercisePane::Result => out.result = Some(area),
        }
        out
    }

    /// All three panes.
    fn all(task: Rect, code: Rect, result: Rect) -> ExerciseLayout {
        ExerciseLayout {
            task: Some(task),
            code: Some(code),
            result: Some(result),
        }
    }

    pub fn rect(&self, pane: ExercisePane) -> Option<Rect> {
        match pane {
            ExercisePane::Task => self.task,
            ExercisePane::Code => self.code,
            ExercisePane::Result => self.result,
        }
    }

    pub fn pane_at(&self, column: u16, row: u16) -> Option<ExercisePane> {
        let hit = |r: Option<Rect>| r.is_some_and(|r| r.contains((column, row).into()));
        [ExercisePane::Task, ExercisePane::Code, ExercisePane::Result]
            .into_iter()
            .find(|&pane| hit(self.rect(pane)))
    }
}

/// What the exercise screen holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExercisePanes {
    pub quiz: bool,
    pub editor: bool,
    /// The learner's file can be shown (a code exercise, not being edited).
    pub code: bool,
    pub focus: ExercisePane,
    pub zoom: bool,
}

/// Wide: the task above the learner's code on the left, the result on the
/// right. Narrow: the task or the code (the focused one) above the result,
/// which stays on screen so its headline is never hidden; focusing the
/// result gives it most of the rows.
pub fn exercise(body: Rect, wide: bool, panes: ExercisePanes) -> ExerciseLayout {
    if panes.quiz {
        return ExerciseLayout::only(ExercisePane::Task, body);
    }
    if panes.editor {
        return editing(body, wide, panes.zoom);
    }
    if panes.zoom {
        let pane = match panes.focus {
            ExercisePane::Code if !panes.code => ExercisePane::Task,
            pane => pane,
        };
        return ExerciseLayout::only(pane, body);
    }
    if !panes.code {
        let direction = if wide {
            Direction::Horizontal
        } else {
            Direction::Vertical
        };
        let [task, result] = share(body, direction, 45);
        return ExerciseLayout {
            task: Some(task),
            code: None,
            result: Some(result),
        };
    }
    if wide {
        let [left, result] = share(body, Direction::Horizontal, 50);
        let [task, code] = share(left, Direction::Vertical, 40);
        return ExerciseLayout::all(task, code, result);
    }
    let top_share = if panes.focus == ExercisePane::Result {
        30
    } else {
        55
    };
    let [top, result] = share(body, Direction::Vertical, top_share);
    let mut out = ExerciseLayout::only(ExercisePane::Result, result);
    match panes.focus {
        ExercisePane::Code => out.code = Some(top),
        ExercisePane::Task | ExercisePane::Result => out.task = Some(top),
    }
    out
}

/// The exercise screen while the built-in editor is open: the editor in
/// the code's place. The task (often the exact output expected) stays in
/// view: wide, beside it over the result; narrow, a short pane above it.
fn editing(body: Rect, wide: bool, zoom: bool) -> ExerciseLayout {
    if zoom {
        return ExerciseLayout::only(ExercisePane::Code, body);
    }
    let [task, editor, result] = if wide {
        let [editor, right] = share(body, Direction::Horizontal, 60);
        let [task, result] = share(right, Direction::Vertical, 40);
        [task, editor, result]
    } else {
        // Narrow: the task's first rows above the editor (Ctrl-T shows
        // more), the result's headline under it.
        Layout::vertical([
            Constraint::Length(EDITING_TASK_ROWS),
            Constraint::Min(3),
            Constraint::Percentage(30),
        ])
        .areas(body)
    };
    ExerciseLayout::all(task, editor, result)
}

/// `area` cut in two along `direction`, the first part `first` percent.
fn share(area: Rect, direction: Direction, first: u16) -> [Rect; 2] {
    Layout::new(
        direction,
        [
            Constraint::Percentage(first),
            Constraint::Percentage(100 - first),
        ],
    )
    .areas(area)
}

/// Rows of the task pane above the built-in editor below 100 columns
/// (three lines of text and the borders).
pub const EDITING_TASK_ROWS: u16 = 5;

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// A centered box of at most `width` x `height`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// First row of the catalog list shown, so the selected row is visible.
pub fn catalog_offset(selected: usize, rows: u16) -> usize {
    let rows = usize::from(rows.max(1));
    selected.saturating_sub(rows - 1)
}

/// The box of a scrolling overlay (help, solution) over the screen.
pub fn overlay(area: Rect) -> Rect {
    centered(
        area,
        area.width.saturating_sub(4).min(96),
        area.height.saturating_sub(2),
    )
}

/// The welcome page's rectangle in the body.
pub fn welcome(body: Rect) -> Rect {
    centered(body, 84, body.height)
}

/// Columns of the built-in editor's line numbers, for `lines` lines.
pub fn gutter_width(lines: usize) -> u16 {
    u16::try_from(lines.max(1).to_string().len() + 1).unwrap_or(6)
}

/// The catalog's list and details areas.
pub fn catalog(body: Rect, wide: bool) -> (Rect, Rect, Rect) {
    let [gauge, rest] = Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(body);
    if wide {
        let [list, details] = share(rest, Direction::Horizontal, 58);
        (gauge, list, details)
    } else {
        let [list, details] =
            Layout::vertical([Constraint::Min(4), Constraint::Length(6)]).areas(rest);
        (gauge, list, details)
    }
}
