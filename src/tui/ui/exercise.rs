//! An exercise: the task (or the quiz, or the built-in editor) and the
//! result of the last check.

use super::super::app::{App, ExercisePane, ExerciseView};
use super::super::content::{self, background};
use super::super::editor::Editor;
use super::super::layout;
use super::super::theme::Palette;
use super::common::{self, pane};
use crate::highlight;
use crate::pack::ExerciseKind;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthChar;

pub fn draw(frame: &mut Frame, app: &App) {
    let (Some(view), Some(layout)) = (app.exercise.as_ref(), super::exercise_layout(app)) else {
        return;
    };
    let palette = app.palette();
    if let Some(area) = layout.task {
        draw_task(frame, app, view, area, &palette);
    }
    if let Some(area) = layout.code {
        match &view.editor {
            Some(editor) => draw_editor(frame, editor, area, &palette),
            None => draw_code(frame, app, view, area, &palette),
        }
    }
    if let Some(area) = layout.result {
        draw_result(frame, app, view, area, &palette);
    }
}

/// The task, or the quiz, with the exercise's title and kind.
fn draw_task(frame: &mut Frame, app: &App, view: &ExerciseView, area: Rect, palette: &Palette) {
    let Some((_, _, exercise)) = app.current_exercise() else {
        return;
    };
    let kind = match &exercise.kind {
        ExerciseKind::Code(c) => format!(" · {}", c.lang),
        ExerciseKind::Quiz(_) => " · quiz".to_owned(),
    };
    let inner = layout::inner(area);
    let lines = content::exercise_pane(app, ExercisePane::Task, inner.width);
    let mut title = vec![
        Span::styled(format!(" {}", exercise.title), palette.title),
        Span::styled(format!("{kind} "), palette.dim),
    ];
    // The editor takes every other key, so the one that scrolls the
    // task is named where the task is cut.
    if view.editor.is_some() && lines.len() > usize::from(inner.height) {
        title.push(Span::styled("· Ctrl-T more ", palette.key));
    }
    let title = Line::from(title);
    let focused = view.focus == ExercisePane::Task && view.editor.is_none();
    let block = pane(title, focused, palette);
    common::scrolled(frame, area, block, lines, view.task_scroll, palette);
}

/// The last check: its headline, output and advice.
fn draw_result(frame: &mut Frame, app: &App, view: &ExerciseView, area: Rect, palette: &Palette) {
    let state = if view.run.running() {
        "checking…"
    } else {
        match view.run.verdict() {
            Some(v) if v.passed() => "passed",
            Some(_) => "not yet",
            None => "",
        }
    };
    let title = Line::from(vec![
        Span::styled(" Result ", palette.title),
        Span::styled(
            if state.is_empty() {
                String::new()
            } else {
                format!("· {state} ")
            },
            palette.dim,
        ),
    ]);
    let inner = layout::inner(area);
    let lines = content::exercise_pane(app, ExercisePane::Result, inner.width);
    let block = pane(
        title,
        view.focus == ExercisePane::Result && view.editor.is_none(),
        palette,
    );
    let scroll = if view.follow && view.run.running() {
        u16::MAX
    } else {
        view.result_scroll
    };
    common::scrolled(frame, area, block, lines, scroll, palette);
}

fn draw_code(frame: &mut Frame, app: &App, view: &ExerciseView, area: Rect, palette: &Palette) {
    let name = view
        .files
        .first()
        .and_then(|f| f.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut title = vec![
        Span::styled(format!(" {name} "), palette.title),
        Span::styled("· read-only ", palette.dim),
    ];
    if let Some(line) = app.marked_line() {
        title.push(Span::styled(format!("· line {line} "), palette.error));
    }
    let inner = layout::inner(area);
    let lines = content::exercise_pane(app, ExercisePane::Code, inner.width);
    let block = pane(Line::from(title), view.focus == ExercisePane::Code, palette);
    common::scrolled(frame, area, block, lines, view.code_scroll, palette);
}

pub(super) fn draw_editor(frame: &mut Frame, editor: &Editor, area: Rect, palette: &Palette) {
    let name = editor
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let title = Line::from(vec![
        Span::styled(format!(" Editing {name} "), palette.title),
        Span::styled(
            if editor.modified() {
                "· ● modified "
            } else {
                "· saved "
            },
            if editor.modified() {
                palette.warn
            } else {
                palette.dim
            },
        ),
    ]);
    let block = pane(title, true, palette);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let text = editor.lines().join("\n");
    let highlighted: Vec<Line<'static>> = if palette.color {
        highlight::highlight_if_ready(&text, editor.lang, background(palette))
            .map(|l| l.to_vec())
            .unwrap_or_else(|| highlight::plain(&text))
    } else {
        highlight::plain(&text)
    };
    let gutter = layout::gutter_width(editor.lines().len());
    let digits = usize::from(gutter - 1);
    let cols = usize::from(inner.width.saturating_sub(gutter));
    for (row, line) in highlighted
        .iter()
        .enumerate()
        .skip(editor.top)
        .take(usize::from(inner.height))
    {
        let mut spans = vec![Span::styled(
            format!("{:>digits$} ", row + 1),
            palette.line_number,
        )];
        spans.extend(slice_columns(line, editor.left, cols));
        let y = inner.y + u16::try_from(row - editor.top).unwrap_or(0);
        frame.render_widget(
            Paragraph::new(Line::from(spans)).style(palette.base),
            Rect {
                y,
                height: 1,
                ..inner
            },
        );
    }
    let (row, col) = editor.cursor();
    if row >= editor.top && col >= editor.left {
        let x = inner.x + gutter + u16::try_from(col - editor.left).unwrap_or(0);
        let y = inner.y + u16::try_from(row - editor.top).unwrap_or(0);
        if x < inner.right() && y < inner.bottom() {
            frame.set_cursor_position(Position { x, y });
            if let Some(cell) = frame.buffer_mut().cell_mut((x, y)) {
                cell.set_style(palette.cursor);
            }
        }
    }
}

/// The part of a line between display columns `left` and `left + width`.
fn slice_columns(line: &Line<'static>, left: usize, width: usize) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    let mut column = 0;
    for span in &line.spans {
        let mut text = String::new();
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            if column >= left && column + w <= left + width {
                text.push(c);
            }
            column += w;
        }
        if !text.is_empty() {
            out.push(Span::styled(text, span.style));
        }
    }
    out
}
