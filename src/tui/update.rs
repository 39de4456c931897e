//! `update`: the one place the app's state changes. No I/O happens here;
//! what must touch the world is returned as [`Effect`]s.

use super::action::{Action, EditorError, Effect};
use super::app::*;
use super::editor::Editor;
use super::services::{ServiceError, Status};
use super::ui::{self, ScrollTarget};
use crate::Lang;
use crate::pack::ExerciseKind;
use crate::runner::{Outcome, RunEvent, Verdict};

pub fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::Go => 0,
        Lang::Rust => 1,
    }
}

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let mut fx = Vec::new();
    match action {
        Action::Tick => app.tick = app.tick.wrapping_add(1),
        Action::Resize(w, h) => {
            app.size = (w, h);
            follow_editor(app);
        }
        Action::Interrupt => interrupt(app, &mut fx),
        Action::Toolchains(tools) => app.toolchains = tools,
        Action::Job { job, event } => job_event(app, job, event),
        Action::CheckDone {
            job,
            exercise,
            result,
            progress,
        } => check_done(app, job, &exercise, result, progress, &mut fx),
        Action::SnippetDone { job, lang, result } => snippet_done(app, job, lang, result),
        Action::FilesReady { exercise, result } => files_ready(app, &exercise, result, &mut fx),
        Action::Watching(result) => watching(app, result),
        Action::FileChanged(path) => file_changed(app, &path, &mut fx),
        Action::HintReady { exercise, result } => hint_ready(app, &exercise, result),
        Action::Answered {
            exercise,
            choice,
            result,
            progress,
        } => {
            app.progress.insert(exercise.clone(), progress);
            answered(app, &exercise, choice, result);
        }
        Action::ResetDone { exercise, result } => reset_done(app, &exercise, result, &mut fx),
        Action::SolutionReady { exercise, result } => solution_ready(app, &exercise, result),
        Action::EditorReturned(result) => editor_returned(app, result, &mut fx),
        Action::FileLoaded { path, result } => file_loaded(app, path, result),
        Action::FileSaved { path, result } => file_saved(app, &path, result, &mut fx),
        Action::Click { column, row } => click(app, column, row),
        Action::Scroll { column, row, down } => wheel(app, column, row, down),
        other => {
            if app.too_small() {
                if other == Action::Quit {
                    quit(app, &mut fx);
                }
            } else if app.overlay.is_some() {
                overlay(app, other, &mut fx);
            } else {
                screen(app, other, &mut fx);
            }
        }
    }
    fx
}

fn screen(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    match action {
        Action::Quit => return quit(app, fx),
        Action::Help => {
            app.overlay = Some(Overlay::Help { scroll: 0 });
            return;
        }
        Action::ToggleTheme => {
            app.theme = app.theme.toggled();
            app.ui.theme = Some(app.theme.key().to_owned());
            fx.push(Effect::SaveUiState(app.ui.clone()));
            app.say(
                Tone::Info,
                format!("{} theme", ui::capitalised(app.theme.key())),
            );
            return;
        }
        _ => {}
    }
    match app.screen {
        Screen::Welcome => {
            if action == Action::Open {
                app.ui.welcomed = true;
                fx.push(Effect::SaveUiState(app.ui.clone()));
                resume(app, fx);
            }
        }
        Screen::Catalog => catalog(app, action, fx),
        Screen::Lesson => lesson(app, action, fx),
        Screen::Exercise => exercise(app, action, fx),
    }
}

fn quit(app: &mut App, fx: &mut Vec<Effect>) {
    if app
        .exercise
        .as_ref()
        .and_then(|e| e.editor.as_ref())
        .is_some_and(Editor::modified)
    {
        app.overlay = Some(Overlay::Confirm(Confirm::QuitDiscarding));
        return;
    }
    for job in running_jobs(app) {
        fx.push(Effect::Cancel { job });
    }
    app.quit = true;
}

fn running_jobs(app: &App) -> Vec<u64> {
    let mut jobs = Vec::new();
    if let Some(e) = &app.exercise {
        jobs.extend(e.run.job);
    }
    if let Some(l) = &app.lesson {
        jobs.extend(l.runs.iter().flatten().filter_map(|r| r.job));
    }
    jobs
}

/// Ctrl-C: first stops what is running, then quits.
fn interrupt(app: &mut App, fx: &mut Vec<Effect>) {
    let jobs = running_jobs(app);
    if jobs.is_empty() {
        app.overlay = None;
        if let Some(e) = app.exercise.as_mut() {
            // Ctrl-C is a way out: unsaved built-in edits are given up.
            e.editor = None;
        }
        return quit(app, fx);
    }
    cancel_all(app, fx);
}

fn cancel_all(app: &mut App, fx: &mut Vec<Effect>) {
    for job in running_jobs(app) {
        fx.push(Effect::Cancel { job });
    }
    app.say(Tone::Info, "Cancelling…");
}

// ---------------------------------------------------------------- overlays

fn overlay(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let Some(current) = app.overlay.clone() else {
        return;
    };
    match current {
        Overlay::Confirm(what) => {
            if let Action::Confirm(yes) = action {
                app.overlay = None;
                if yes {
                    confirmed(app, what, fx);
                }
            }
        }
        Overlay::Help { .. } | Overlay::Solution { .. } => match action {
            Action::Back | Action::Help | Action::Quit | Action::Solution => app.overlay = None,
            Action::Up => scroll(app, ScrollTarget::Overlay, -1),
            Action::Down => scroll(app, ScrollTarget::Overlay, 1),
            Action::PageUp => page_scroll(app, ScrollTarget::Overlay, false),
            Action::PageDown => page_scroll(app, ScrollTarget::Overlay, true),
            Action::Home => scroll(app, ScrollTarget::Overlay, i32::MIN),
            Action::End => scroll(app, ScrollTarget::Overlay, i32::MAX),
            _ => {}
        },
    }
}

fn confirmed(app: &mut App, what: Confirm, fx: &mut Vec<Effect>) {
    let Some((_, _, exercise)) = app.current_exercise() else {
        if what == Confirm::QuitDiscarding {
            app.quit = true;
        }
        return;
    };
    let id = exercise.id.clone();
    match what {
        Confirm::Reset => {
            // Stop watching while the engine rewrites the file, so the reset
            // itself does not count as an attempt.
            if let Some(view) = app.exercise.as_mut() {
                if view.run.running() {
                    fx.extend(view.run.job.map(|job| Effect::Cancel { job }));
                }
                view.editor = None;
            }
            fx.push(Effect::Unwatch);
            fx.push(Effect::Reset { exercise: id });
        }
        Confirm::ShowSolution => fx.push(Effect::Solution {
            exercise: id,
            force: true,
        }),
        Confirm::DiscardEdits => {
            if let Some(view) = app.exercise.as_mut() {
                view.editor = None;
            }
        }
        Confirm::QuitDiscarding => {
            if let Some(view) = app.exercise.as_mut() {
                view.editor = None;
            }
            quit(app, fx);
        }
    }
}

// ---------------------------------------------------------------- starting

/// Where `gorust` with no arguments lands: the last exercise if unfinished,
/// otherwise the first unfinished step, and it says so.
pub fn resume(app: &mut App, fx: &mut Vec<Effect>) {
    if let Some(id) = app.ui.last_exercise.clone()
        && let Some((li, ei)) = app.exercise_index(&id)
        && !app.passed(&id)
        && app.order.contains(&li)
    {
        open_exercise(app, li, ei, fx);
        let title = app.pack.lessons[li].exercises[ei].title.clone();
        app.say(
            Tone::Info,
            format!("Welcome back: reopened “{title}”, where you left off. Esc: lessons list."),
        );
        return;
    }
    let (done, total) = app.overall_progress();
    match app.first_unfinished() {
        Some((li, ei)) => {
            let lesson = &app.pack.lessons[li];
            let started = lesson
                .exercises
                .iter()
                .any(|e| app.progress_of(&e.id).status != Status::New);
            let lesson_title = lesson.title.clone();
            let exercise_title = lesson.exercises[ei].title.clone();
            if started {
                open_exercise(app, li, ei, fx);
                app.say(
                    Tone::Info,
                    format!("Your first unfinished step: “{exercise_title}” ({done} of {total} exercises done). Esc: lessons list."),
                );
            } else {
                open_lesson(app, li, 0, fx);
                app.say(
                    Tone::Info,
                    format!("Your first unfinished step: lesson “{lesson_title}” ({done} of {total} exercises done). Esc: lessons list."),
                );
            }
        }
        None if total > 0 => {
            app.screen = Screen::Catalog;
            app.say(
                Tone::Good,
                format!("All {total} exercises are done. Pick any lesson to revisit."),
            );
        }
        None => app.screen = Screen::Catalog,
    }
}

/// `gorust open <id>`: a lesson or an exercise.
pub fn open_id(app: &mut App, id: &str, fx: &mut Vec<Effect>) {
    if let Some(li) = app.lesson_index(id) {
        open_lesson(app, li, 0, fx);
    } else if let Some((li, ei)) = app.exercise_index(id) {
        open_exercise(app, li, ei, fx);
    } else {
        app.screen = Screen::Catalog;
        app.say(
            Tone::Bad,
            format!("No lesson or exercise is called “{id}”. Here are the lessons."),
        );
    }
}

// ---------------------------------------------------------------- catalog

fn catalog(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let rows = app.catalog_rows().len();
    let last = rows.saturating_sub(1);
    let page = usize::from(ui::catalog_list_rows(app).max(2) - 1);
    let c = &mut app.catalog;
    match action {
        Action::Up => c.selected = c.selected.saturating_sub(1),
        Action::Down => c.selected = (c.selected + 1).min(last),
        Action::PageUp => c.selected = c.selected.saturating_sub(page),
        Action::PageDown => c.selected = (c.selected + page).min(last),
        Action::Home => c.selected = 0,
        Action::End => c.selected = last,
        Action::StartFilter => c.filtering = true,
        Action::FilterChar(ch) => {
            c.filter.push(ch);
            c.selected = 0;
        }
        Action::FilterBackspace => {
            c.filter.pop();
            c.selected = 0;
        }
        Action::FilterDone => c.filtering = false,
        Action::Back => {
            c.filtering = false;
            c.filter.clear();
            c.selected = 0;
        }
        Action::Open => {
            if let Some(&li) = app.catalog_rows().get(app.catalog.selected) {
                open_lesson(app, li, 0, fx);
            }
        }
        _ => {}
    }
}

fn select_in_catalog(app: &mut App, li: usize) {
    app.catalog.filter.clear();
    app.catalog.filtering = false;
    app.catalog.selected = app.order.iter().position(|&i| i == li).unwrap_or(0);
}

// ---------------------------------------------------------------- lesson

pub fn open_lesson(app: &mut App, li: usize, page: usize, fx: &mut Vec<Effect>) {
    leave_exercise(app, fx);
    let Some(lesson) = app.pack.lessons.get(li) else {
        return;
    };
    let page = page.min(lesson.pages.len().saturating_sub(1));
    app.lesson = Some(LessonView {
        lesson: li,
        page,
        focus: LessonPane::Prose,
        zoom: false,
        prose_scroll: 0,
        code_scroll: [0; 2],
        output_scroll: [0; 2],
        runs: [None, None],
        return_to: None,
    });
    app.screen = Screen::Lesson;
    app.message = None;
    if app.ui.last_lesson.as_deref() != Some(&lesson.id) {
        app.ui.last_lesson = Some(lesson.id.clone());
        fx.push(Effect::SaveUiState(app.ui.clone()));
    }
}

fn set_page(app: &mut App, page: usize, fx: &mut Vec<Effect>) {
    let Some(view) = app.lesson.as_mut() else {
        return;
    };
    for job in view.runs.iter().flatten().filter_map(|r| r.job) {
        fx.push(Effect::Cancel { job });
    }
    view.page = page;
    view.prose_scroll = 0;
    view.code_scroll = [0; 2];
    view.output_scroll = [0; 2];
    view.runs = [None, None];
    view.focus = LessonPane::Prose;
    view.zoom = false;
}

fn next_in_order(app: &App, li: usize) -> Option<usize> {
    let pos = app.order.iter().position(|&i| i == li)?;
    app.order.get(pos + 1).copied()
}

fn prev_in_order(app: &App, li: usize) -> Option<usize> {
    let pos = app.order.iter().position(|&i| i == li)?;
    pos.checked_sub(1).and_then(|p| app.order.get(p).copied())
}

fn lesson_panes(app: &App) -> Vec<LessonPane> {
    let Some((view, _, page)) = app.current_lesson() else {
        return vec![];
    };
    let mut panes = vec![LessonPane::Prose];
    for (i, (lang, snippet)) in app.ordered_snippets(page).iter().enumerate() {
        if snippet.is_some() {
            panes.push(LessonPane::Code(i));
            if view.runs[lang_slot(*lang)].is_some() {
                panes.push(LessonPane::Output(i));
            }
        }
    }
    panes
}

fn lesson(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let Some((view, lesson, _)) = app.current_lesson() else {
        app.screen = Screen::Catalog;
        return;
    };
    let (li, page, pages, exercises) = (
        view.lesson,
        view.page,
        lesson.pages.len(),
        lesson.exercises.len(),
    );
    let focus = view.focus;
    let target = ScrollTarget::from(focus);
    match action {
        Action::Next => {
            if page + 1 < pages {
                set_page(app, page + 1, fx);
            } else if exercises > 0 {
                open_exercise(app, li, 0, fx);
            } else if let Some(next) = next_in_order(app, li) {
                open_lesson(app, next, 0, fx);
            } else {
                app.say(Tone::Info, "That was the last page of the last lesson.");
            }
        }
        Action::Prev => {
            if page > 0 {
                set_page(app, page - 1, fx);
            } else if let Some(prev) = prev_in_order(app, li) {
                let last = app.pack.lessons[prev].exercises.len();
                if last > 0 {
                    open_exercise(app, prev, last - 1, fx);
                } else {
                    let pages = app.pack.lessons[prev].pages.len();
                    open_lesson(app, prev, pages.saturating_sub(1), fx);
                }
            }
        }
        Action::Up => scroll(app, target, -1),
        Action::Down => scroll(app, target, 1),
        Action::PageUp => page_scroll(app, target, false),
        Action::PageDown => page_scroll(app, target, true),
        Action::Home => scroll(app, target, i32::MIN),
        Action::End => scroll(app, target, i32::MAX),
        Action::FocusNext => {
            let panes = lesson_panes(app);
            let pos = panes.iter().position(|p| *p == focus).unwrap_or(0);
            let next = panes
                .get((pos + 1) % panes.len().max(1))
                .copied()
                .unwrap_or_default();
            if let Some(view) = app.lesson.as_mut() {
                view.focus = next;
            }
        }
        Action::Zoom => {
            if let Some(view) = app.lesson.as_mut() {
                view.zoom = !view.zoom;
            }
        }
        Action::SwapSides => swap_sides(app, fx),
        Action::RunSnippets => run_snippets(app, fx),
        Action::Back => {
            let running: Vec<u64> = app
                .lesson
                .as_ref()
                .map(|v| v.runs.iter().flatten().filter_map(|r| r.job).collect())
                .unwrap_or_default();
            if !running.is_empty() {
                cancel_all(app, fx);
            } else if let Some((rli, rei)) = app.lesson.as_ref().and_then(|v| v.return_to) {
                open_exercise(app, rli, rei, fx);
            } else {
                select_in_catalog(app, li);
                app.screen = Screen::Catalog;
                app.message = None;
            }
        }
        _ => {}
    }
}

fn swap_sides(app: &mut App, fx: &mut Vec<Effect>) {
    app.from = app.from.other();
    if let Some(view) = app.lesson.as_mut() {
        view.code_scroll.swap(0, 1);
        view.output_scroll.swap(0, 1);
        view.focus = match view.focus {
            LessonPane::Code(i) => LessonPane::Code(1 - i.min(1)),
            LessonPane::Output(i) => LessonPane::Output(1 - i.min(1)),
            p => p,
        };
    }
    app.ui.from = Some(app.from);
    fx.push(Effect::SaveUiState(app.ui.clone()));
    app.say(
        Tone::Info,
        format!("{} first, {} second", app.from, app.from.other()),
    );
}

fn run_snippets(app: &mut App, fx: &mut Vec<Effect>) {
    let Some((view, lesson, page)) = app.current_lesson() else {
        return;
    };
    if view.runs.iter().flatten().any(RunState::running) {
        app.say(Tone::Info, "Already running; Esc cancels.");
        return;
    }
    let langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|&lang| page.snippet(lang).is_some())
        .collect();
    if langs.is_empty() {
        app.say(Tone::Info, "This page has no programs to run.");
        return;
    }
    let lesson_id = lesson.id.clone();
    let page_index = view.page;
    for lang in langs {
        let job = app.job();
        let tick = app.tick;
        if let Some(view) = app.lesson.as_mut() {
            view.runs[lang_slot(lang)] = Some(RunState {
                job: Some(job),
                started_tick: tick,
                ..RunState::default()
            });
            view.output_scroll = [0; 2];
        }
        fx.push(Effect::RunSnippet {
            job,
            lesson: lesson_id.clone(),
            page: page_index,
            lang,
        });
    }
    app.say(
        Tone::Info,
        "Building and running both programs… Esc cancels.",
    );
}

// ---------------------------------------------------------------- exercise

pub fn open_exercise(app: &mut App, li: usize, ei: usize, fx: &mut Vec<Effect>) {
    leave_exercise(app, fx);
    let Some(exercise) = app.pack.lessons.get(li).and_then(|l| l.exercises.get(ei)) else {
        return;
    };
    let progress = app.progress_of(&exercise.id);
    let hints = exercise.hints();
    let shown = progress.hints_shown.min(hints.len());
    app.exercise = Some(ExerciseView {
        lesson: li,
        index: ei,
        files: Vec::new(),
        run: RunState::default(),
        focus: ExercisePane::Task,
        zoom: false,
        scroll: [0; 2],
        follow: true,
        hints: hints[..shown].to_vec(),
        hints_total: hints.len(),
        quiz: None,
        watch: WatchState::Off,
        rerun: false,
        editor: None,
    });
    if let ExerciseKind::Code(_) = exercise.kind {
        fx.push(Effect::LoadFiles {
            exercise: exercise.id.clone(),
        });
    }
    app.screen = Screen::Exercise;
    app.message = None;
    let lesson_id = app.pack.lessons[li].id.clone();
    app.ui.last_exercise = Some(exercise.id.clone());
    app.ui.last_lesson = Some(lesson_id);
    fx.push(Effect::SaveUiState(app.ui.clone()));
}

/// Stops watching; a running check is left to finish (its progress counts).
fn leave_exercise(app: &mut App, fx: &mut Vec<Effect>) {
    if let Some(view) = app.exercise.take()
        && matches!(view.watch, WatchState::On | WatchState::Starting)
    {
        fx.push(Effect::Unwatch);
    }
}

fn start_check(app: &mut App, fx: &mut Vec<Effect>) {
    let job = app.job();
    let tick = app.tick;
    let Some((_, _, exercise)) = app.current_exercise() else {
        return;
    };
    let id = exercise.id.clone();
    if let Some(view) = app.exercise.as_mut() {
        view.run = RunState {
            job: Some(job),
            started_tick: tick,
            ..RunState::default()
        };
        view.rerun = false;
        view.follow = true;
        view.scroll[1] = 0;
    }
    fx.push(Effect::Check { job, exercise: id });
    app.say(Tone::Info, "Checking… Esc cancels.");
}

fn exercise(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let Some((view, lesson, exercise)) = app.current_exercise() else {
        app.screen = Screen::Catalog;
        return;
    };
    if view.editor.is_some() {
        return editor(app, action, fx);
    }
    let (li, ei, count) = (view.lesson, view.index, lesson.exercises.len());
    let id = exercise.id.clone();
    let quiz = match &exercise.kind {
        ExerciseKind::Quiz(q) => Some(q.choices.len()),
        ExerciseKind::Code(_) => None,
    };
    let running = view.run.running();
    let main_file = view.files.first().cloned();
    let target = ScrollTarget::from(view.focus);
    let codes = view
        .run
        .verdict
        .as_ref()
        .map(verdict_codes)
        .unwrap_or_default();
    match action {
        Action::Up => scroll(app, target, -1),
        Action::Down => scroll(app, target, 1),
        Action::PageUp => page_scroll(app, target, false),
        Action::PageDown => page_scroll(app, target, true),
        Action::Home => scroll(app, target, i32::MIN),
        Action::End => scroll(app, target, i32::MAX),
        Action::FocusNext => {
            if let Some(view) = app.exercise.as_mut() {
                view.focus = match view.focus {
                    ExercisePane::Task => ExercisePane::Result,
                    ExercisePane::Result => ExercisePane::Task,
                };
            }
        }
        Action::Zoom => {
            if let Some(view) = app.exercise.as_mut() {
                view.zoom = !view.zoom;
            }
        }
        Action::Next => {
            if ei + 1 < count {
                open_exercise(app, li, ei + 1, fx);
            } else if let Some(next) = next_in_order(app, li) {
                open_lesson(app, next, 0, fx);
            } else {
                app.say(Tone::Info, "That was the last exercise of the last lesson.");
            }
        }
        Action::Prev => {
            if ei > 0 {
                open_exercise(app, li, ei - 1, fx);
            } else {
                let pages = app.pack.lessons[li].pages.len();
                open_lesson(app, li, pages.saturating_sub(1), fx);
            }
        }
        Action::Back => {
            if running {
                cancel_all(app, fx);
            } else {
                let pages = app.pack.lessons[li].pages.len();
                open_lesson(app, li, pages.saturating_sub(1), fx);
            }
        }
        Action::Answer(choice) => match quiz {
            Some(n) if choice < n => fx.push(Effect::Answer {
                exercise: id,
                choice,
            }),
            Some(n) => app.say(Tone::Info, format!("Answer with a number from 1 to {n}.")),
            None => {}
        },
        _ if quiz.is_some() => {}
        Action::Check => {
            if running {
                app.say(Tone::Info, "A check is already running; Esc cancels it.");
            } else {
                start_check(app, fx);
            }
        }
        Action::ExternalEdit => match main_file {
            Some(path) => fx.push(Effect::ExternalEditor { path }),
            None => app.say(
                Tone::Info,
                "Your copy of the exercise is still being prepared.",
            ),
        },
        Action::BuiltinEdit => match main_file {
            Some(path) => fx.push(Effect::ReadFile { path }),
            None => app.say(
                Tone::Info,
                "Your copy of the exercise is still being prepared.",
            ),
        },
        Action::Hint => fx.push(Effect::NextHint { exercise: id }),
        Action::Solution => {
            if app.passed(&id) {
                fx.push(Effect::Solution {
                    exercise: id,
                    force: false,
                });
            } else {
                app.overlay = Some(Overlay::Confirm(Confirm::ShowSolution));
            }
        }
        Action::Reset => app.overlay = Some(Overlay::Confirm(Confirm::Reset)),
        Action::ToggleWatch => toggle_watch(app, fx),
        Action::Explain => match app.explaining_page(&codes) {
            Some((pli, page, code)) => {
                open_lesson(app, pli, page, fx);
                if let Some(view) = app.lesson.as_mut() {
                    view.return_to = Some((li, ei));
                }
                app.say(
                    Tone::Info,
                    format!("This page explains {code}. Esc returns to the exercise."),
                );
            }
            None => app.say(Tone::Info, "No lesson page explains this result."),
        },
        _ => {}
    }
}

fn toggle_watch(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    match view.watch {
        WatchState::On | WatchState::Starting => {
            view.watch = WatchState::Off;
            fx.push(Effect::Unwatch);
            app.say(Tone::Info, "Stopped watching; press c to check.");
        }
        WatchState::Off | WatchState::Failed(_) => {
            if view.files.is_empty() {
                return;
            }
            view.watch = WatchState::Starting;
            fx.push(Effect::Watch {
                paths: view.files.clone(),
            });
        }
    }
}

/// rustc codes of a verdict.
pub fn verdict_codes(verdict: &Verdict) -> Vec<String> {
    verdict.error_codes().to_vec()
}

fn editor(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    let Some(ed) = view.editor.as_mut() else {
        return;
    };
    match action {
        Action::EditorKey(key) => ed.input(key),
        Action::EditorUndo => {
            ed.undo();
        }
        Action::EditorRedo => {
            ed.redo();
        }
        // Nothing to save: the learner wants the check.
        Action::EditorSave if !ed.modified() && !view.run.running() => {
            start_check(app, fx);
            return;
        }
        Action::EditorSave => {
            fx.push(Effect::WriteFile {
                path: ed.path.clone(),
                text: ed.text(),
            });
        }
        Action::EditorClose => {
            if ed.modified() {
                app.overlay = Some(Overlay::Confirm(Confirm::DiscardEdits));
            } else {
                view.editor = None;
            }
        }
        _ => {}
    }
    follow_editor(app);
}

fn follow_editor(app: &mut App) {
    let (rows, cols) = ui::editor_viewport(app);
    if let Some(ed) = app.exercise.as_mut().and_then(|v| v.editor.as_mut()) {
        ed.follow_cursor(rows, cols);
    }
}

// ---------------------------------------------------------------- results

fn run_state_for(app: &mut App, job: u64) -> Option<&mut RunState> {
    if let Some(view) = app.exercise.as_mut()
        && view.run.job == Some(job)
    {
        return Some(&mut view.run);
    }
    app.lesson
        .as_mut()?
        .runs
        .iter_mut()
        .flatten()
        .find(|r| r.job == Some(job))
}

fn job_event(app: &mut App, job: u64, event: RunEvent) {
    let Some(run) = run_state_for(app, job) else {
        return;
    };
    match event {
        RunEvent::PhaseStarted(phase) => run.phase = Some(phase),
        RunEvent::PhaseFinished { .. } => {}
        RunEvent::BuildProgress { unit, done, total } => run.progress = Some((unit, done, total)),
        RunEvent::Output { stream, line } => {
            if run.live.len() >= LIVE_LINES {
                run.live.drain(..LIVE_LINES / 4);
            }
            run.live.push((stream, line));
        }
    }
}

fn check_done(
    app: &mut App,
    job: u64,
    exercise: &str,
    result: Result<Verdict, ServiceError>,
    progress: super::services::ExerciseProgress,
    fx: &mut Vec<Effect>,
) {
    let before = app.overall_progress().0;
    app.progress.insert(exercise.to_owned(), progress);
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    if view.run.job != Some(job) {
        return;
    }
    view.run.job = None;
    view.run.progress = None;
    view.follow = false;
    view.scroll[1] = 0;
    let rerun = std::mem::take(&mut view.rerun);
    match result {
        Ok(verdict) => {
            let title = verdict.outcome.title();
            let passed = verdict.passed();
            let cancelled = verdict.outcome == Outcome::Cancelled;
            view.run.verdict = Some(verdict);
            let (done, total) = app.overall_progress();
            if passed {
                let newly = if done > before { " New pass!" } else { "" };
                app.say(
                    Tone::Good,
                    format!("Passed.{newly} {done} of {total} exercises done. → for the next one."),
                );
            } else if cancelled {
                app.say(Tone::Info, "Check cancelled.");
            } else {
                app.say(
                    Tone::Bad,
                    format!("{title}. Fix it and save, or press h for a hint."),
                );
            }
        }
        Err(e) => {
            view.run.error = Some(e.to_string());
            app.say(Tone::Bad, format!("The check could not run: {e}"));
        }
    }
    if rerun {
        start_check(app, fx);
    }
}

fn snippet_done(app: &mut App, job: u64, lang: Lang, result: Result<Verdict, ServiceError>) {
    let Some(view) = app.lesson.as_mut() else {
        return;
    };
    let Some(run) = view.runs[lang_slot(lang)]
        .as_mut()
        .filter(|r| r.job == Some(job))
    else {
        return;
    };
    run.job = None;
    run.progress = None;
    match result {
        Ok(verdict) => run.verdict = Some(verdict),
        Err(e) => run.error = Some(e.to_string()),
    }
    if view.runs.iter().flatten().all(|r| !r.running()) {
        app.message = None;
    }
}

fn current_id(app: &App) -> Option<String> {
    app.current_exercise().map(|(_, _, e)| e.id.clone())
}

fn files_ready(
    app: &mut App,
    exercise: &str,
    result: Result<Vec<std::path::PathBuf>, ServiceError>,
    fx: &mut Vec<Effect>,
) {
    if current_id(app).as_deref() != Some(exercise) {
        return;
    }
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    match result {
        Ok(files) => {
            view.files = files.clone();
            if !files.is_empty() {
                view.watch = WatchState::Starting;
                fx.push(Effect::Watch { paths: files });
            }
        }
        Err(e) => app.say(Tone::Bad, format!("Could not prepare your copy: {e}")),
    }
}

fn watching(app: &mut App, result: Result<(), String>) {
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    if view.watch != WatchState::Starting {
        return;
    }
    match result {
        Ok(()) => view.watch = WatchState::On,
        Err(e) => {
            view.watch = WatchState::Failed(e.clone());
            app.say(
                Tone::Bad,
                format!("Cannot watch your file ({e}); press c to check after saving."),
            );
        }
    }
}

fn file_changed(app: &mut App, path: &std::path::Path, fx: &mut Vec<Effect>) {
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    if view.watch != WatchState::On || !view.files.iter().any(|f| f == path) {
        return;
    }
    if view.run.running() {
        view.rerun = true;
        return;
    }
    start_check(app, fx);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    app.say(Tone::Info, format!("{name} saved: checking… Esc cancels."));
}

fn hint_ready(
    app: &mut App,
    exercise: &str,
    result: Result<Option<super::services::Hint>, ServiceError>,
) {
    if current_id(app).as_deref() != Some(exercise) {
        return;
    }
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    match result {
        Ok(Some(hint)) if hint.index < view.hints.len() => {
            // The engine repeats the last hint once all are shown.
            let _ = hint;
            app.say(Tone::Info, "That was the last hint: s shows the solution.");
        }
        Ok(Some(hint)) => {
            view.hints_total = hint.total;
            view.hints.push(hint.text);
            view.focus = ExercisePane::Task;
            let n = view.hints.len();
            let total = view.hints_total;
            app.progress
                .entry(exercise.to_owned())
                .or_default()
                .hints_shown = n;
            app.say(
                Tone::Info,
                format!("Hint {n} of {total} added under the task."),
            );
        }
        Ok(None) if view.hints_total == 0 => app.say(Tone::Info, "This exercise has no hints."),
        Ok(None) => app.say(Tone::Info, "No more hints: s shows the solution."),
        Err(e) => app.say(Tone::Bad, format!("No hint: {e}")),
    }
}

fn answered(app: &mut App, exercise: &str, choice: usize, result: Result<bool, ServiceError>) {
    if current_id(app).as_deref() != Some(exercise) {
        return;
    }
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    match result {
        Ok(correct) => {
            view.quiz = Some(QuizAnswer { choice, correct });
            if correct {
                app.say(Tone::Good, "Right! → for the next exercise.");
            } else {
                app.say(
                    Tone::Bad,
                    "Not quite: read the explanation, then try again.",
                );
            }
        }
        Err(e) => app.say(Tone::Bad, format!("Could not record the answer: {e}")),
    }
}

fn reset_done(
    app: &mut App,
    exercise: &str,
    result: Result<Vec<std::path::PathBuf>, ServiceError>,
    fx: &mut Vec<Effect>,
) {
    if current_id(app).as_deref() != Some(exercise) {
        return;
    }
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    view.run = RunState::default();
    if !view.files.is_empty() {
        view.watch = WatchState::Starting;
        fx.push(Effect::Watch {
            paths: view.files.clone(),
        });
    }
    match result {
        Ok(backups) => match backups.first() {
            Some(backup) => app.say(
                Tone::Info,
                format!(
                    "Back to the starter. Your version is saved as {}",
                    backup.display()
                ),
            ),
            None => app.say(Tone::Info, "Back to the starter."),
        },
        Err(e) => app.say(Tone::Bad, format!("Could not reset: {e}")),
    }
}

fn solution_ready(
    app: &mut App,
    exercise: &str,
    result: Result<Vec<(String, String)>, ServiceError>,
) {
    if current_id(app).as_deref() != Some(exercise) {
        return;
    }
    match result {
        Ok(files) => app.overlay = Some(Overlay::Solution { files, scroll: 0 }),
        Err(ServiceError::NotPassedYet) => {
            app.overlay = Some(Overlay::Confirm(Confirm::ShowSolution))
        }
        Err(e) => app.say(Tone::Bad, format!("No solution: {e}")),
    }
}

fn editor_returned(app: &mut App, result: Result<bool, EditorError>, fx: &mut Vec<Effect>) {
    match result {
        Ok(changed) => {
            let watching = app
                .exercise
                .as_ref()
                .is_some_and(|v| v.watch == WatchState::On);
            let running = app.exercise.as_ref().is_some_and(|v| v.run.running());
            if changed && !watching && !running {
                start_check(app, fx);
            } else if !changed {
                app.say(Tone::Info, "The file did not change.");
            }
        }
        Err(e @ EditorError::NotSet) => app.say(Tone::Info, e.to_string()),
        Err(e) => app.say(Tone::Bad, e.to_string()),
    }
}

fn file_loaded(app: &mut App, path: std::path::PathBuf, result: Result<String, String>) {
    let Some((view, _, exercise)) = app.current_exercise() else {
        return;
    };
    if view.files.first() != Some(&path) {
        return;
    }
    let lang = exercise.lang().unwrap_or(Lang::Go);
    match result {
        Ok(text) => {
            if let Some(view) = app.exercise.as_mut() {
                view.editor = Some(Editor::new(path, lang, &text));
                view.focus = ExercisePane::Task;
                view.zoom = false;
            }
            app.say(
                Tone::Info,
                "Editing here: Ctrl-S saves and checks, Esc closes.",
            );
        }
        Err(e) => app.say(Tone::Bad, format!("Cannot open {}: {e}", path.display())),
    }
}

fn file_saved(
    app: &mut App,
    path: &std::path::Path,
    result: Result<(), String>,
    fx: &mut Vec<Effect>,
) {
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    match result {
        Ok(()) => {
            if let Some(ed) = view.editor.as_mut().filter(|e| e.path == path) {
                ed.mark_saved();
            }
            // With the watcher on, the save itself triggers the check.
            if view.watch != WatchState::On {
                if view.run.running() {
                    view.rerun = true;
                } else {
                    start_check(app, fx);
                }
            } else {
                app.say(Tone::Info, "Saved.");
            }
        }
        Err(e) => app.say(Tone::Bad, format!("Not saved: {e}")),
    }
}

// ---------------------------------------------------------------- scrolling and mouse

fn scroll(app: &mut App, target: ScrollTarget, delta: i32) {
    let max = ui::max_scroll(app, target);
    let Some(value) = scroll_slot(app, target) else {
        return;
    };
    let next = (i64::from(*value) + i64::from(delta)).clamp(0, i64::from(max));
    *value = u16::try_from(next).unwrap_or(max);
    if target == ScrollTarget::Result
        && let Some(view) = app.exercise.as_mut()
    {
        // Scrolling up stops following the live tail; the bottom resumes it.
        view.follow = view.run.running() && next >= i64::from(max);
    }
}

fn page_scroll(app: &mut App, target: ScrollTarget, down: bool) {
    let rows = i32::from(ui::pane_rows(app, target).max(2) - 1);
    scroll(app, target, if down { rows } else { -rows });
}

fn scroll_slot(app: &mut App, target: ScrollTarget) -> Option<&mut u16> {
    match target {
        ScrollTarget::Overlay => match app.overlay.as_mut()? {
            Overlay::Help { scroll } | Overlay::Solution { scroll, .. } => Some(scroll),
            Overlay::Confirm(_) => None,
        },
        ScrollTarget::Prose => Some(&mut app.lesson.as_mut()?.prose_scroll),
        ScrollTarget::Code(i) => app.lesson.as_mut()?.code_scroll.get_mut(i),
        ScrollTarget::Output(i) => app.lesson.as_mut()?.output_scroll.get_mut(i),
        ScrollTarget::Task => Some(&mut app.exercise.as_mut()?.scroll[0]),
        ScrollTarget::Result => Some(&mut app.exercise.as_mut()?.scroll[1]),
    }
}

fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    if app.too_small() {
        return;
    }
    let delta = if down { 3 } else { -3 };
    if app.overlay.is_some() {
        return scroll(app, ScrollTarget::Overlay, delta);
    }
    match app.screen {
        Screen::Catalog => {
            let last = app.catalog_rows().len().saturating_sub(1);
            let c = &mut app.catalog;
            c.selected = if down {
                (c.selected + 1).min(last)
            } else {
                c.selected.saturating_sub(1)
            };
        }
        Screen::Lesson => {
            if let Some(pane) = ui::lesson_layout(app).and_then(|l| l.pane_at(column, row)) {
                scroll(app, pane.into(), delta);
            }
        }
        Screen::Exercise => {
            let editing = app.exercise.as_ref().is_some_and(|v| v.editor.is_some());
            match ui::exercise_layout(app).and_then(|l| l.pane_at(column, row)) {
                Some(ExercisePane::Task) if editing => {
                    if let Some(ed) = app.exercise.as_mut().and_then(|v| v.editor.as_mut()) {
                        ed.top = if down {
                            (ed.top + 3).min(ed.lines().len().saturating_sub(1))
                        } else {
                            ed.top.saturating_sub(3)
                        };
                    }
                }
                Some(pane) => scroll(app, pane.into(), delta),
                None => {}
            }
        }
        Screen::Welcome => {}
    }
}

fn click(app: &mut App, column: u16, row: u16) {
    if app.too_small() || app.overlay.is_some() {
        return;
    }
    match app.screen {
        Screen::Catalog => {
            if let Some(index) = ui::catalog_row_at(app, column, row) {
                app.catalog.selected = index;
            }
        }
        Screen::Lesson => {
            if let Some(pane) = ui::lesson_layout(app).and_then(|l| l.pane_at(column, row))
                && let Some(view) = app.lesson.as_mut()
            {
                view.focus = pane;
            }
        }
        Screen::Exercise => {
            if let Some(pane) = ui::exercise_layout(app).and_then(|l| l.pane_at(column, row))
                && let Some(view) = app.exercise.as_mut()
            {
                view.focus = pane;
            }
        }
        Screen::Welcome => {}
    }
}

/// For the layout helpers: which panes the current lesson page has.
pub fn lesson_sides(app: &App) -> Option<([bool; 2], [bool; 2])> {
    let (view, _, page) = app.current_lesson()?;
    let ordered = app.ordered_snippets(page);
    let sides = [ordered[0].1.is_some(), ordered[1].1.is_some()];
    let outputs = [
        view.runs[lang_slot(ordered[0].0)].is_some(),
        view.runs[lang_slot(ordered[1].0)].is_some(),
    ];
    Some((sides, outputs))
}
