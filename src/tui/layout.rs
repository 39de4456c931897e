//! Where each pane goes. Pure functions of the terminal size and the state,
//! used by drawing and by `update` (mouse hits, scroll limits, the editor's
//! viewport), so both always agree.

use super::app::{ExercisePane, LessonPane};
use ratatui::layout::{Constraint, Direction, Layout, Rect};

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
    /// Code pane of each side, in display order.
    pub code: [Option<Rect>; 2],
    pub output: [Option<Rect>; 2],
}

impl LessonLayout {
    pub fn rect(&self, pane: LessonPane) -> Option<Rect> {
        match pane {
            LessonPane::Prose => self.prose,
            LessonPane::Code(i) => self.code.get(i).copied().flatten(),
            LessonPane::Output(i) => self.output.get(i).copied().flatten(),
        }
    }

    pub fn pane_at(&self, column: u16, row: u16) -> Option<LessonPane> {
        let hit = |r: Option<Rect>| r.is_some_and(|r| r.contains((column, row).into()));
        if hit(self.prose) {
            return Some(LessonPane::Prose);
        }
        (0..2).find_map(|i| {
            if hit(self.code[i]) {
                Some(LessonPane::Code(i))
            } else if hit(self.output[i]) {
                Some(LessonPane::Output(i))
            } else {
                None
            }
        })
    }
}

/// `sides`: which of the two sides have a snippet; `outputs`: which have a run.
/// `prose_rows`: the rows the prose pane would like (its lines and borders).
pub fn lesson(
    body: Rect,
    wide: bool,
    sides: [bool; 2],
    outputs: [bool; 2],
    zoom: Option<LessonPane>,
    prose_rows: u16,
) -> LessonLayout {
    let mut out = LessonLayout::default();
    if let Some(pane) = zoom {
        match pane {
            LessonPane::Prose => out.prose = Some(body),
            LessonPane::Code(i) if i < 2 => out.code[i] = Some(body),
            LessonPane::Output(i) if i < 2 => out.output[i] = Some(body),
            _ => out.prose = Some(body),
        }
        return out;
    }
    let present: Vec<usize> = (0..2).filter(|&i| sides[i]).collect();
    if present.is_empty() {
        out.prose = Some(body);
        return out;
    }
    let split = |area: Rect, i: usize, direction: Direction| -> (Rect, Option<Rect>) {
        if !outputs[i] {
            return (area, None);
        }
        let (a, b) = match direction {
            Direction::Vertical => (55, 45),
            Direction::Horizontal => (56, 44),
        };
        let [code, output] = Layout::new(
            direction,
            [Constraint::Percentage(a), Constraint::Percentage(b)],
        )
        .areas(area);
        (code, Some(output))
    };
    if wide {
        let prose_rows = prose_rows
            .clamp(5, (body.height * 2 / 5).max(5))
            .min(body.height.saturating_sub(6));
        let [prose, code] =
            Layout::vertical([Constraint::Length(prose_rows), Constraint::Min(3)]).areas(body);
        out.prose = Some(prose);
        let columns = Layout::horizontal(vec![
            Constraint::Ratio(1, present.len() as u32);
            present.len()
        ])
        .split(code);
        for (slot, &i) in present.iter().enumerate() {
            let (c, o) = split(columns[slot], i, Direction::Vertical);
            out.code[i] = Some(c);
            out.output[i] = o;
        }
    } else {
        let prose_rows = prose_rows.clamp(4, (body.height / 3).max(4));
        let [prose, code] =
            Layout::vertical([Constraint::Length(prose_rows), Constraint::Min(3)]).areas(body);
        out.prose = Some(prose);
        let rows = Layout::vertical(vec![
            Constraint::Ratio(1, present.len() as u32);
            present.len()
        ])
        .split(code);
        for (slot, &i) in present.iter().enumerate() {
            let (c, o) = split(rows[slot], i, Direction::Horizontal);
            out.code[i] = Some(c);
            out.output[i] = o;
        }
    }
    out
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExerciseLayout {
    /// Task, quiz, or the built-in editor when it is open.
    pub task: Option<Rect>,
    pub result: Option<Rect>,
}

impl ExerciseLayout {
    pub fn rect(&self, pane: ExercisePane) -> Option<Rect> {
        match pane {
            ExercisePane::Task => self.task,
            ExercisePane::Result => self.result,
        }
    }

    pub fn pane_at(&self, column: u16, row: u16) -> Option<ExercisePane> {
        let hit = |r: Option<Rect>| r.is_some_and(|r| r.contains((column, row).into()));
        if hit(self.task) {
            Some(ExercisePane::Task)
        } else if hit(self.result) {
            Some(ExercisePane::Result)
        } else {
            None
        }
    }
}

pub fn exercise(
    body: Rect,
    wide: bool,
    quiz: bool,
    editor: bool,
    zoom: Option<ExercisePane>,
) -> ExerciseLayout {
    if quiz {
        return ExerciseLayout {
            task: Some(body),
            result: None,
        };
    }
    match zoom {
        Some(ExercisePane::Task) => {
            return ExerciseLayout {
                task: Some(body),
                result: None,
            };
        }
        Some(ExercisePane::Result) => {
            return ExerciseLayout {
                task: None,
                result: Some(body),
            };
        }
        None => {}
    }
    let (a, b) = if editor { (60, 40) } else { (45, 55) };
    let direction = if wide {
        Direction::Horizontal
    } else {
        Direction::Vertical
    };
    let [task, result] = Layout::new(
        direction,
        [Constraint::Percentage(a), Constraint::Percentage(b)],
    )
    .areas(body);
    ExerciseLayout {
        task: Some(task),
        result: Some(result),
    }
}

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

/// The catalog's list and details areas.
pub fn catalog(body: Rect, wide: bool) -> (Rect, Rect, Rect) {
    let [gauge, rest] = Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(body);
    if wide {
        let [list, details] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                .areas(rest);
        (gauge, list, details)
    } else {
        let [list, details] =
            Layout::vertical([Constraint::Min(4), Constraint::Length(6)]).areas(rest);
        (gauge, list, details)
    }
}
