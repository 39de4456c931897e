//! The exercise's panes as lines: the task (or the quiz), the learner's
//! file, the result.

use super::super::action::Action;
use super::super::app::{App, ExercisePane, ExerciseView, WatchState};
use super::super::keymap;
use super::super::markdown;
use super::super::services::Status;
use super::super::theme::Palette;
use super::lines::{code_lines, hard_wrap, mark_cut};
use super::verdict::{RunContext, run_lines};
use crate::pack::{ExerciseKind, Quiz};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use std::borrow::Cow;

/// The lines of one pane `width` columns wide inside its borders, in the
/// app's colours.
pub fn pane_content(app: &App, pane: ExercisePane, width: u16) -> Vec<Line<'static>> {
    let Some((view, _, exercise)) = app.current_exercise() else {
        return Vec::new();
    };
    let palette = &app.palette();
    // Code fills the pane to its last column, where a cut line's mark goes.
    let code_width = width;
    let width = width.saturating_sub(1);
    match pane {
        ExercisePane::Result => {
            if view.run.idle() {
                return idle_result(app, palette, width);
            }
            let cx = RunContext {
                snippet: None,
                explain: Some(app.pack.as_ref()),
                crates: match &exercise.kind {
                    ExerciseKind::Code(code) => &code.inputs.crates,
                    ExerciseKind::Quiz(_) => &[],
                },
                lang: exercise.lang(),
                tick: app.tick,
            };
            let mut lines = run_lines(view.run.state(), &cx, palette, width);
            if let Some(next) = next_unfinished_line(app, palette) {
                // Under the headline, so it shows without scrolling.
                lines.insert(1.min(lines.len()), next);
            }
            lines
        }
        ExercisePane::Code => mark_cut(code_pane_lines(app, palette), code_width, palette),
        ExercisePane::Task => {
            let mut lines = Vec::new();
            match &exercise.kind {
                ExerciseKind::Code(code) => {
                    lines.extend(markdown::render(&code.task, width, palette));
                    code_status(app, view, &exercise.id, palette, width, &mut lines);
                    hint_lines(view, palette, width, &mut lines);
                }
                ExerciseKind::Quiz(quiz) => quiz_lines(app, quiz, palette, width, &mut lines),
            }
            // Paths and code lines may be wider than the pane: keep them whole.
            hard_wrap(lines, width)
        }
    }
}

/// Status, attempts, the learner's files and whether saving checks them.
fn code_status(
    app: &App,
    view: &ExerciseView,
    id: &str,
    palette: &Palette,
    width: u16,
    lines: &mut Vec<Line<'static>>,
) {
    lines.push(Line::default());
    let progress = app.progress_of(id);
    let (status, style) = match progress.status {
        Status::Passed => ("✔ passed", palette.ok.add_modifier(Modifier::BOLD)),
        Status::Attempted => ("● attempted", palette.warn),
        Status::New => ("○ new", palette.dim),
    };
    lines.push(Line::from(vec![
        Span::styled("Status  ", palette.dim),
        Span::styled(status, style),
        Span::styled(
            format!(
                "  ·  {}",
                crate::words::counted(progress.attempts, "attempt", "attempts")
            ),
            palette.dim,
        ),
    ]));
    match view.files.first() {
        Some(main) => {
            lines.push(Line::from(vec![
                Span::styled("File    ", palette.dim),
                Span::styled(main.display().to_string(), palette.accent),
            ]));
            for other in view.files.iter().skip(1) {
                lines.push(Line::styled(
                    format!("        {}", other.display()),
                    palette.accent,
                ));
            }
        }
        None => match &view.files_error {
            Some(error) => lines.extend(crate::tui::markdown::paragraph(
                &format!("File    {error}"),
                palette.error,
                width,
            )),
            None => lines.push(Line::styled("File    preparing your copy…", palette.dim)),
        },
    }
    let watch = match &view.watch {
        WatchState::On => Line::styled("Saving the file from any editor checks it.", palette.dim),
        WatchState::Failed(e) => Line::styled(
            format!("Cannot watch the file ({e}): press c after saving."),
            palette.warn,
        ),
        _ => Line::styled("Press c to check after saving.", palette.dim),
    };
    lines.push(watch);
}

/// The hints shown so far, numbered.
fn hint_lines(view: &ExerciseView, palette: &Palette, width: u16, lines: &mut Vec<Line<'static>>) {
    if !view.hints.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            format!("Hints ({} of {})", view.hints.len(), view.hints_total),
            palette.title,
        ));
        for (i, hint) in view.hints.iter().enumerate() {
            let first = format!("{}. ", i + 1);
            let rendered = markdown::render(hint, width.saturating_sub(3), palette);
            for (j, mut l) in rendered.into_iter().enumerate() {
                let prefix = if j == 0 {
                    first.clone()
                } else {
                    "   ".to_owned()
                };
                l.spans.insert(0, Span::styled(prefix, palette.accent));
                lines.push(l);
            }
        }
    }
}

/// The question, its code, the numbered choices and, once answered, the
/// verdict and the explanation.
fn quiz_lines(
    app: &App,
    quiz: &Quiz,
    palette: &Palette,
    width: u16,
    lines: &mut Vec<Line<'static>>,
) {
    let Some((view, lesson, exercise)) = app.current_exercise() else {
        return;
    };
    lines.extend(markdown::render(&quiz.question, width, palette));
    if let Some(snippet) = &quiz.code {
        lines.push(Line::default());
        lines.push(Line::styled(
            format!("{} · {}", snippet.lang, snippet.file),
            palette.dim,
        ));
        if let Some(text) = lesson.file(&snippet.file) {
            lines.extend(code_lines(text, snippet.lang, palette));
        }
    }
    lines.push(Line::default());
    for (i, choice) in quiz.choices.iter().enumerate() {
        let (mark, style) = match view.quiz {
            Some(a) if i == quiz.answer && a.correct => {
                ("✔", palette.ok.add_modifier(Modifier::BOLD))
            }
            Some(a) if i == a.choice && !a.correct => {
                ("✘", palette.error.add_modifier(Modifier::BOLD))
            }
            _ => (" ", palette.base),
        };
        for (j, mut l) in choice_lines(choice, width, palette).into_iter().enumerate() {
            // "1)" keeps the number apart from a choice that starts with a
            // digit or a minus, in every theme and without colour.
            let prefix = if j == 0 {
                format!(" {mark} {:>2}) ", i + 1)
            } else {
                " ".repeat(7)
            };
            l.spans.insert(
                0,
                Span::styled(
                    prefix,
                    if j == 0 {
                        palette.key.patch(style)
                    } else {
                        style
                    },
                ),
            );
            lines.push(l);
        }
    }
    lines.push(Line::default());
    match view.quiz {
        Some(answer) => {
            if answer.correct {
                lines.push(Line::styled(
                    "Right.",
                    palette.ok.add_modifier(Modifier::BOLD),
                ));
            } else {
                // As `gorust answer`: a nudge, never the right number.
                lines.push(Line::styled(
                    wrong_answer(quiz.choices.len()),
                    palette.error.add_modifier(Modifier::BOLD),
                ));
                match exercise.hints().first() {
                    Some(hint) => lines.extend(markdown::render(
                        &format!("Hint: {}", hint.trim_end()),
                        width,
                        palette,
                    )),
                    None => lines.extend(markdown::paragraph(
                        "Read the code again line by line; Esc goes back to the lesson's pages, which explain it.",
                        palette.dim,
                        width,
                    )),
                }
            }
            if answer.correct && !quiz.explain.trim().is_empty() {
                lines.push(Line::default());
                lines.extend(markdown::render(&quiz.explain, width, palette));
            }
        }
        None => lines.push(Line::from(vec![
            Span::styled("Answer with ", palette.dim),
            Span::styled(answer_range(quiz.choices.len()), palette.key),
            Span::styled(".", palette.dim),
        ])),
    }
    if app.passed(&exercise.id) && view.quiz.is_none() {
        lines.push(Line::styled(
            "You answered this one correctly before.",
            palette.ok,
        ));
    }
}

/// The numbers a quiz accepts, as the body and the footer show them.
/// A key's label as shown in the footer and the help: on a quiz the
/// answer key says the quiz's own range, as its body does.
pub fn key_label(app: &App, binding: &keymap::Binding) -> Cow<'static, str> {
    let quiz = match app.current_exercise().map(|(_, _, e)| &e.kind) {
        Some(ExerciseKind::Quiz(quiz)) if matches!(binding.action, Action::Answer(_)) => quiz,
        _ => return Cow::Borrowed(binding.label),
    };
    Cow::Owned(answer_range(quiz.choices.len()))
}

pub fn answer_range(choices: usize) -> String {
    format!("1-{choices}")
}

pub fn wrong_answer(choices: usize) -> String {
    format!("Not quite. Try another number (1 to {choices}).")
}

/// A choice's rows: a multi-line choice (a program's output) keeps its
/// lines as they are, one-line text is wrapped as prose.
fn choice_lines(choice: &str, width: u16, palette: &Palette) -> Vec<Line<'static>> {
    let choice = choice.trim_end();
    if choice.contains('\n') {
        choice
            .lines()
            .map(|l| Line::styled(l.to_owned(), palette.base))
            .collect()
    } else {
        markdown::render(choice, width.saturating_sub(8), palette)
    }
}

/// The learner's file, numbered and highlighted (cached by content), the
/// line the verdict points at marked in the gutter.
fn code_pane_lines(app: &App, palette: &Palette) -> Vec<Line<'static>> {
    let Some((view, _, exercise)) = app.current_exercise() else {
        return Vec::new();
    };
    let (Some(code), Some(lang)) = (&view.code, exercise.lang()) else {
        return Vec::new();
    };
    let mut lines = code_lines(code, lang, palette);
    if let Some(line) = app.marked_line()
        && let Some(marked) = lines.get_mut(line - 1)
        && let Some(gutter) = marked.spans.first_mut()
    {
        let digits = gutter.content.chars().count().saturating_sub(1);
        *gutter = Span::styled(
            format!("{line:>digits$}▶"),
            palette.error.add_modifier(Modifier::BOLD),
        );
    }
    lines
}

/// After a pass: the key to the next unfinished exercise, and its title.
fn next_unfinished_line(app: &App, palette: &Palette) -> Option<Line<'static>> {
    if !just_passed(app) {
        return None;
    }
    let (view, _, _) = app.current_exercise()?;
    let here = (view.lesson, view.index);
    let text = match app.unfinished_after(Some(here)) {
        Some(at) if at != here => {
            let (li, ei) = at;
            let title = &app.pack.lessons.get(li)?.exercises.get(ei)?.title;
            format!("N: next unfinished, {title}")
        }
        _ => "Every exercise is passed.".to_owned(),
    };
    Some(Line::from(Span::styled(text, palette.ok)))
}

fn idle_result(app: &App, palette: &Palette, width: u16) -> Vec<Line<'static>> {
    let Some((view, _, exercise)) = app.current_exercise() else {
        return Vec::new();
    };
    let mut lines = markdown::render(
        "Not checked yet. Edit your copy (`e` or `i`), then save it or press `c`.",
        width,
        palette,
    );
    if app.passed(&exercise.id) {
        lines.extend(markdown::paragraph(
            "You passed this exercise before.",
            palette.ok,
            width,
        ));
    }
    if view.watch == WatchState::On {
        lines.extend(markdown::paragraph(
            "Watching: the check reruns each time the file is saved.",
            palette.dim,
            width,
        ));
    }
    lines
}

/// The open exercise's last check passed (or its quiz was answered right):
/// the moment to offer the next unfinished one.
pub fn just_passed(app: &App) -> bool {
    app.current_exercise().is_some_and(|(view, _, _)| {
        view.run.verdict().is_some_and(|v| v.passed())
            || view.quiz.as_ref().is_some_and(|q| q.correct)
    })
}
