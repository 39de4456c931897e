//! `update`: the one place the app's state changes. No I/O happens here;
//! what must touch the world is returned as [`Effect`]s.

use super::action::{Action, EditorError, Effect};
use super::app::*;
use super::editor::Editor;
use super::job::{JobSlot, RunState};
use super::layout::{self, ScrollTarget, Side};
use super::services::{PageProgram, ServiceError, SnippetRun, SnippetSource, Status};
use crate::Lang;
use crate::lang::PerLang;
use crate::pack::ExerciseKind;
use crate::runner::{Outcome, RunEvent, Verdict};
use crate::settings::{Settings, Theme};

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
        // The banner says it: an exercise's copies are still made when it
        // is opened.
        Action::WorkspacePrepared(Err(e)) => app.problems.push(e.to_string()),
        Action::WorkspacePrepared(Ok(())) => {}
        Action::Job { job, event } => job_event(app, job, event),
        Action::CheckDone {
            job,
            exercise,
            result,
            progress,
        } => check_done(app, job, &exercise, result, progress, &mut fx),
        Action::SnippetDone { job, lang, result } => snippet_done(app, job, lang, result),
        Action::Playground { program, event } => playground(app, &program, event, &mut fx),
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
            if let Some(progress) = progress {
                app.progress.insert(exercise.clone(), progress);
            }
            answered(app, &exercise, choice, result);
        }
        Action::ResetDone { exercise, result } => reset_done(app, &exercise, result, &mut fx),
        Action::SolutionReady { exercise, result } => solution_ready(app, &exercise, result),
        Action::EditorReturned(result) => editor_returned(app, result, &mut fx),
        Action::FileLoaded { path, result } => file_loaded(app, path, result),
        Action::CodeLoaded { path, result } => code_loaded(app, &path, result),
        Action::FileSaved { path, result } => file_saved(app, &path, result, &mut fx),
        Action::Formatted {
            path,
            source,
            result,
        } => formatted(app, &path, &source, result),
        Action::SettingsNotSaved(e) => app.say(Tone::Bad, e.to_string()),
        Action::RustcExplained { code, result } => {
            app.rustc_explanations
                .insert(code, CodeExplanation::Done(result));
        }
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
            let theme = app.theme;
            remember(app, fx, |s, _| s.theme = Some(theme));
            app.say(
                Tone::Info,
                match app.theme {
                    Theme::Dark => "Dark theme",
                    Theme::Light => "Light theme",
                },
            );
            return;
        }
        _ => {}
    }
    match app.screen {
        Screen::Welcome => {
            if action == Action::Open {
                remember(app, fx, |s, _| s.welcomed = true);
                resume(app, fx);
            } else {
                scroll_by(app, ScrollTarget::Welcome, &action);
            }
        }
        Screen::Catalog => catalog(app, action, fx),
        // An open built-in editor takes the keys of the screen it is on.
        Screen::Lesson | Screen::Exercise if open_editor(app).is_some() => editor(app, action, fx),
        Screen::Lesson => lesson(app, action, fx),
        Screen::Exercise => exercise(app, action, fx),
    }
}

/// Changes the remembered preferences; they are saved (off the UI thread)
/// only when they moved.
fn remember(app: &mut App, fx: &mut Vec<Effect>, change: impl FnOnce(&mut Settings, &str)) {
    if app.remember(change) {
        fx.push(Effect::SaveSettings(app.settings.clone()));
    }
}

fn quit(app: &mut App, fx: &mut Vec<Effect>) {
    if open_editor(app).is_some_and(Editor::modified) {
        app.overlay = Some(Overlay::Confirm(Confirm::QuitDiscarding));
        return;
    }
    fx.extend(cancels(app));
    app.quit = true;
}

/// The effects that stop every running job.
fn cancels(app: &App) -> Vec<Effect> {
    let mut cancels = Vec::new();
    if let Some(e) = &app.exercise {
        cancels.extend(e.run.cancel());
    }
    if let Some(l) = &app.lesson {
        cancels.extend(l.runs.values().filter_map(JobSlot::cancel));
    }
    cancels
}

/// Ctrl-C: first stops what is running, then quits.
fn interrupt(app: &mut App, fx: &mut Vec<Effect>) {
    if cancels(app).is_empty() {
        app.overlay = None;
        // Ctrl-C is a way out: unsaved built-in edits are given up.
        drop_editors(app);
        return quit(app, fx);
    }
    cancel_all(app, fx);
}

fn cancel_all(app: &mut App, fx: &mut Vec<Effect>) {
    fx.extend(cancels(app));
    app.say(Tone::Info, "Cancelling…");
}

/// Esc's first steps on a lesson page or an exercise, before it goes back.
/// While programs build and run, the status and the output say "Esc
/// cancels": so it does, first, leaving the pane the learner reads as it
/// is; otherwise it unzooms and gives the focus back to the first pane
/// (the text, the task). False when there was nothing of that to do.
fn settle(app: &mut App, running: bool, fx: &mut Vec<Effect>) -> bool {
    if running {
        cancel_all(app, fx);
        return true;
    }
    match app.screen {
        Screen::Lesson => app
            .lesson
            .as_mut()
            .is_some_and(|v| first_pane(&mut v.zoom, &mut v.focus, LessonPane::Prose)),
        Screen::Exercise => app
            .exercise
            .as_mut()
            .is_some_and(|v| first_pane(&mut v.zoom, &mut v.focus, ExercisePane::Task)),
        Screen::Welcome | Screen::Catalog => false,
    }
}

/// Unzooms and focuses `first`; false when that was the state already.
fn first_pane<P: PartialEq>(zoom: &mut bool, focus: &mut P, first: P) -> bool {
    let moved = *zoom || *focus != first;
    *zoom = false;
    *focus = first;
    moved
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
        Overlay::Help { .. } | Overlay::Solution { .. } | Overlay::RustcExplain { .. } => {
            match action {
                Action::Back | Action::Help | Action::Quit | Action::Solution | Action::Explain => {
                    app.overlay = None
                }
                Action::FocusNext => {
                    if let Some(Overlay::Solution { tab, scroll, .. }) = app.overlay.as_mut() {
                        *tab = tab.other();
                        *scroll = 0;
                    }
                }
                _ => {
                    scroll_by(app, ScrollTarget::Overlay, &action);
                }
            }
        }
    }
}

fn confirmed(app: &mut App, what: Confirm, fx: &mut Vec<Effect>) {
    match what {
        Confirm::ResetProgram(lang) => return reset_program(app, lang, fx),
        Confirm::DiscardEdits => return close_editor(app),
        Confirm::QuitDiscarding => {
            drop_editors(app);
            return quit(app, fx);
        }
        Confirm::Reset | Confirm::ShowSolution => {}
    }
    let Some((_, _, exercise)) = app.current_exercise() else {
        return;
    };
    let id = exercise.id.clone();
    match what {
        Confirm::Reset => {
            // Stop watching while the engine rewrites the file, so the reset
            // itself does not count as an attempt.
            if let Some(view) = app.exercise.as_mut() {
                fx.extend(view.run.cancel());
                view.editor = None;
            }
            fx.push(Effect::Unwatch);
            fx.push(Effect::Reset { exercise: id });
        }
        Confirm::ShowSolution => fx.push(Effect::Solution {
            exercise: id,
            force: true,
        }),
        Confirm::DiscardEdits | Confirm::QuitDiscarding | Confirm::ResetProgram(_) => {}
    }
}

// ---------------------------------------------------------------- starting

/// Where `gorust` with no arguments lands: the last exercise if unfinished,
/// otherwise the first unfinished step, and it says so.
pub fn resume(app: &mut App, fx: &mut Vec<Effect>) {
    if let Some(id) = app.position().exercise
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
                // The way out first: a narrow status line cuts the end.
                app.say(
                    Tone::Info,
                    format!("Esc: lessons list. Your first unfinished step: “{exercise_title}” ({done} of {total} exercises done)."),
                );
            } else {
                open_lesson(app, li, 0, fx);
                app.say(
                    Tone::Info,
                    format!("Esc: lessons list. Your first unfinished step: lesson “{lesson_title}” ({done} of {total} exercises done)."),
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
    let page = usize::from(layout::catalog_list_rows(app).max(2) - 1);
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

/// Opens lesson `li` at its last page (going back from what follows it).
fn open_last_page(app: &mut App, li: usize, fx: &mut Vec<Effect>) {
    let pages = app.pack.lessons.get(li).map_or(0, |l| l.pages.len());
    open_lesson(app, li, pages.saturating_sub(1), fx);
}

pub fn open_lesson(app: &mut App, li: usize, page: usize, fx: &mut Vec<Effect>) {
    leave_exercise(app, fx);
    let Some(lesson) = app.pack.lessons.get(li) else {
        return;
    };
    let page = page.min(lesson.pages.len().saturating_sub(1));
    app.lesson = Some(LessonView::new(li, page));
    load_playground(app, fx);
    app.screen = Screen::Lesson;
    app.message = None;
    let id = lesson.id.clone();
    remember(app, fx, |s, pack| {
        s.positions.entry(pack.to_owned()).or_default().lesson = Some(id);
    });
}

fn set_page(app: &mut App, page: usize, fx: &mut Vec<Effect>) {
    let Some(view) = app.lesson.as_mut() else {
        return;
    };
    fx.extend(view.runs.values().filter_map(JobSlot::cancel));
    view.page = page;
    view.prose_scroll = 0;
    view.code_scroll = PerLang::default();
    view.output_scroll = PerLang::default();
    view.runs = PerLang::default();
    view.focus = LessonPane::Prose;
    view.zoom = false;
    view.playground = PerLang::default();
    view.playground_paths = PerLang::default();
    view.editing_outside = None;
    view.rust_builds = RustBuilds::default();
    load_playground(app, fx);
}

/// Asks for the learner's copies of the page's programs, if they made any.
fn load_playground(app: &App, fx: &mut Vec<Effect>) {
    fx.extend(
        Lang::ALL
            .into_iter()
            .filter_map(|lang| page_program(app, lang))
            .map(Effect::LoadPlayground),
    );
}

/// The current page's program in `lang`, if it has one.
fn page_program(app: &App, lang: Lang) -> Option<PageProgram> {
    let (view, lesson, page) = app.current_lesson()?;
    page.snippet(lang)?;
    Some(PageProgram {
        lesson: lesson.id.clone(),
        page: view.page,
        lang,
    })
}

/// The program `e`, `i` and `x` act on: the focused one, else the first
/// side's (else the only one the page has).
fn target_program(app: &App) -> Option<PageProgram> {
    let (view, _, _) = app.current_lesson()?;
    let focused = match view.focus {
        LessonPane::Code(lang) | LessonPane::Output(lang) => Some(lang),
        LessonPane::Prose => None,
    };
    focused
        .into_iter()
        .chain(Side::BOTH.map(|side| app.lang_on(side)))
        .find_map(|lang| page_program(app, lang))
}

/// True when `program` is on the page shown now (a late answer about
/// another page is dropped).
fn on_page(app: &App, program: &PageProgram) -> bool {
    app.current_lesson()
        .is_some_and(|(view, lesson, _)| lesson.id == program.lesson && view.page == program.page)
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
    for side in Side::BOTH {
        let lang = app.lang_on(side);
        if page.snippet(lang).is_some() {
            panes.push(LessonPane::Code(lang));
            if !view.runs[lang].idle() {
                panes.push(LessonPane::Output(lang));
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
    if scroll_by(app, ScrollTarget::from(focus), &action) {
        return;
    }
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
                    open_last_page(app, prev, fx);
                }
            }
        }
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
        Action::ExternalEdit | Action::BuiltinEdit => match target_program(app) {
            Some(program) => fx.push(Effect::PreparePlayground {
                program,
                builtin: action == Action::BuiltinEdit,
            }),
            None => app.say(Tone::Info, "This page has no program to edit."),
        },
        Action::Reset => ask_reset_program(app),
        Action::ToggleOptimize => toggle_optimize(app),
        Action::Back => {
            let running = app
                .lesson
                .as_ref()
                .is_some_and(|v| v.runs.values().any(JobSlot::running));
            if settle(app, running, fx) {
                return;
            }
            if let Some((rli, rei)) = app.lesson.as_ref().and_then(|v| v.return_to) {
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

/// Panes belong to a language, so their scroll and focus move with it.
fn swap_sides(app: &mut App, fx: &mut Vec<Effect>) {
    app.from = app.from.other();
    let from = app.from;
    remember(app, fx, |s, _| s.from = Some(from));
    app.say(
        Tone::Info,
        format!("{} first, {} second", app.from, app.from.other()),
    );
}

fn run_snippets(app: &mut App, fx: &mut Vec<Effect>) {
    let Some((view, lesson, page)) = app.current_lesson() else {
        return;
    };
    if view.runs.values().any(JobSlot::running) {
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
    let optimize = view.optimize;
    for lang in langs {
        let job = app.job();
        let tick = app.tick;
        let Some(view) = app.lesson.as_mut() else {
            return;
        };
        let cancel = view.runs[lang].start(job, tick);
        view.output_scroll = PerLang::default();
        view.rust_ran_optimized = optimize;
        fx.push(Effect::RunSnippet {
            job,
            run: SnippetRun {
                program: PageProgram {
                    lesson: lesson_id.clone(),
                    page: page_index,
                    lang,
                },
                optimize: optimize && lang == Lang::Rust,
                source: SnippetSource::Playground,
            },
            cancel,
        });
    }
    app.say_until(
        Tone::Info,
        "Building and running both programs… Esc cancels.",
        Lapse::PageRunsEnd,
    );
}

mod playground;
use playground::*;

// ---------------------------------------------------------------- exercise

pub fn open_exercise(app: &mut App, li: usize, ei: usize, fx: &mut Vec<Effect>) {
    leave_exercise(app, fx);
    let Some(exercise) = app.pack.lessons.get(li).and_then(|l| l.exercises.get(ei)) else {
        return;
    };
    let progress = app.progress_of(&exercise.id);
    let hints = exercise.hints();
    let shown = usize::try_from(progress.hints_shown).map_or(hints.len(), |n| n.min(hints.len()));
    let run = app
        .verdicts
        .get(&exercise.id)
        .cloned()
        .map_or_else(JobSlot::default, JobSlot::finished);
    app.exercise = Some(ExerciseView {
        lesson: li,
        index: ei,
        files: Vec::new(),
        files_error: None,
        run,
        focus: ExercisePane::Task,
        zoom: false,
        task_scroll: 0,
        result_scroll: 0,
        code: None,
        code_scroll: 0,
        follow: true,
        hints: hints[..shown].to_vec(),
        hints_total: hints.len(),
        quiz: None,
        watch: WatchState::Off,
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
    let exercise_id = exercise.id.clone();
    remember(app, fx, |s, pack| {
        let position = s.positions.entry(pack.to_owned()).or_default();
        position.exercise = Some(exercise_id);
        position.lesson = Some(lesson_id);
    });
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
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    let cancel = view.run.start(job, tick);
    view.follow = true;
    view.result_scroll = 0;
    // Copies that could not be read may have been mended outside since:
    // ask again, so the code pane and the watch come back with them.
    if view.files.is_empty() {
        fx.push(Effect::LoadFiles {
            exercise: id.clone(),
        });
    }
    fx.push(Effect::Check {
        job,
        exercise: id,
        cancel,
    });
    app.say(Tone::Info, "Checking… Esc cancels.");
}

fn exercise(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let Some((view, lesson, exercise)) = app.current_exercise() else {
        app.screen = Screen::Catalog;
        return;
    };
    let (li, ei, count) = (view.lesson, view.index, lesson.exercises.len());
    let id = exercise.id.clone();
    let quiz = match &exercise.kind {
        ExerciseKind::Quiz(q) => Some(q.choices.len()),
        ExerciseKind::Code(_) => None,
    };
    let running = view.run.running();
    let main_file = view.files.first().cloned();
    let target = ScrollTarget::from(view.focus);
    if scroll_by(app, target, &action) {
        return;
    }
    match action {
        Action::FocusNext => {
            if let Some(view) = app.exercise.as_mut() {
                view.focus = match view.focus {
                    ExercisePane::Task if view.code.is_some() => ExercisePane::Code,
                    ExercisePane::Task | ExercisePane::Code => ExercisePane::Result,
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
        Action::NextUnfinished => match app.unfinished_after(Some((li, ei))) {
            Some((nli, nei)) if (nli, nei) != (li, ei) => open_exercise(app, nli, nei, fx),
            Some(_) => app.say(Tone::Info, "This is the only exercise not passed yet."),
            None => app.say(Tone::Good, "Every exercise is passed. Well done!"),
        },
        Action::Prev => {
            if ei > 0 {
                open_exercise(app, li, ei - 1, fx);
            } else {
                open_last_page(app, li, fx);
            }
        }
        Action::Back => {
            let settled = settle(app, running, fx);
            if !settled {
                open_last_page(app, li, fx);
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
        Action::ExternalEdit | Action::BuiltinEdit => match main_file {
            Some(path) if action == Action::ExternalEdit => {
                fx.push(Effect::ExternalEditor { path })
            }
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
        Action::Explain => explain(app, (li, ei), fx),
        _ => {}
    }
}

/// `o`: the lesson page that explains the verdict (a rustc code, a Go
/// message), with Esc coming back to the exercise; else what `rustc
/// --explain` says of its first code, asked once per session.
fn explain(app: &mut App, back: (usize, usize), fx: &mut Vec<Effect>) {
    match app.explain_target() {
        Some(ExplainTarget::Page {
            lesson,
            page,
            explains,
            lang,
            ..
        }) => {
            open_lesson(app, lesson, page, fx);
            if let Some(view) = app.lesson.as_mut() {
                view.return_to = Some(back);
            }
            let what = match lang {
                Lang::Rust => explains,
                Lang::Go => format!("Go's “{explains}”"),
            };
            app.say(
                Tone::Info,
                format!("This page explains {what}. Esc returns to the exercise."),
            );
        }
        Some(ExplainTarget::Rustc(code)) => {
            let known = app
                .rustc_explanations
                .get(&code)
                .is_some_and(CodeExplanation::settled);
            if !known {
                app.rustc_explanations
                    .insert(code.clone(), CodeExplanation::Running);
                fx.push(Effect::RustcExplain { code: code.clone() });
            }
            app.overlay = Some(Overlay::RustcExplain { code, scroll: 0 });
        }
        None => app.say(Tone::Info, "No lesson page explains this result."),
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
            // Replaces "Stopped watching"; a failure to watch says so instead.
            app.say(Tone::Info, "Watching your file: every save checks it.");
        }
    }
}

fn editor(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let on_page = app.screen == Screen::Lesson;
    if action == Action::EditorTask {
        return more_of_the_task(app);
    }
    let running = app.running();
    let Some(ed) = open_editor_mut(app) else {
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
        Action::EditorFormat => {
            let tool = crate::runner::formatter_name(ed.lang);
            fx.push(Effect::Format {
                path: ed.path.clone(),
                lang: ed.lang,
                text: ed.text(),
            });
            app.say(Tone::Info, format!("Formatting with {tool}…"));
        }
        // Nothing to save: the learner wants the check (or the run).
        Action::EditorSave if !ed.modified() && !running => {
            if on_page {
                run_snippets(app, fx);
            } else {
                start_check(app, fx);
            }
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
                close_editor(app);
                return;
            }
        }
        _ => {}
    }
    follow_editor(app);
}

/// Ctrl-T in the editor: the task's next page, or its top after the end
/// (one key, so the editor keeps every other key).
fn more_of_the_task(app: &mut App) {
    if app.screen != Screen::Exercise {
        return;
    }
    let max = layout::max_scroll(app, ScrollTarget::Task);
    let rows = layout::pane_rows(app, ScrollTarget::Task).max(2) - 1;
    if let Some(view) = app.exercise.as_mut() {
        view.task_scroll = if view.task_scroll >= max {
            0
        } else {
            view.task_scroll.saturating_add(rows).min(max)
        };
    }
}

const EDITING: &str = "Editing here: Ctrl-S saves and checks, Ctrl-F formats, Esc closes.";

/// Closes the built-in editor; its "Editing here" line goes with it.
fn close_editor(app: &mut App) {
    drop_editors(app);
    app.lapsed(Lapse::EditorCloses);
}

/// The built-in editor open on the screen shown, if any.
fn open_editor(app: &App) -> Option<&Editor> {
    match app.screen {
        Screen::Lesson => app.lesson.as_ref()?.editor.as_ref(),
        _ => app.exercise.as_ref()?.editor.as_ref(),
    }
}

fn open_editor_mut(app: &mut App) -> Option<&mut Editor> {
    match app.screen {
        Screen::Lesson => app.lesson.as_mut()?.editor.as_mut(),
        _ => app.exercise.as_mut()?.editor.as_mut(),
    }
}

fn drop_editors(app: &mut App) {
    if let Some(view) = app.exercise.as_mut() {
        view.editor = None;
    }
    if let Some(view) = app.lesson.as_mut() {
        view.editor = None;
    }
}

fn follow_editor(app: &mut App) {
    let (rows, cols) = layout::editor_viewport(app);
    if let Some(ed) = open_editor_mut(app) {
        ed.follow_cursor(rows, cols);
    }
}

// ---------------------------------------------------------------- results

fn job_event(app: &mut App, job: u64, event: RunEvent) {
    if let Some(view) = app.exercise.as_mut()
        && view.run.owns(job)
    {
        view.run.event(job, event);
    } else if let Some(view) = app.lesson.as_mut()
        && let Some(slot) = view.runs.values_mut().find(|r| r.owns(job))
    {
        slot.event(job, event);
    }
}

fn check_done(
    app: &mut App,
    job: u64,
    exercise: &str,
    result: Result<Verdict, ServiceError>,
    progress: Option<super::services::ExerciseProgress>,
    fx: &mut Vec<Effect>,
) {
    let before = app.overall_progress().0;
    if let Some(progress) = progress {
        app.progress.insert(exercise.to_owned(), progress);
    }
    let open = current_id(app).is_some_and(|id| id == exercise);
    let Some(view) = app.exercise.as_mut().filter(|_| open) else {
        // Left while it ran: the verdict still belongs to its exercise
        // (a check started after reopening it would be the open one).
        if let Ok(verdict) = result
            && verdict.outcome != Outcome::Cancelled
        {
            app.verdicts.keep(exercise, verdict);
        }
        return;
    };
    let Some(again) = view.run.finish(job, result) else {
        return;
    };
    if let Some(verdict) = view.run.verdict()
        && verdict.outcome != Outcome::Cancelled
    {
        app.verdicts.keep(exercise, verdict.clone());
    }
    scroll_to_mark(app);
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    view.follow = false;
    view.result_scroll = 0;
    match view.run.state() {
        RunState::Finished(verdict) => {
            let title = verdict.outcome.title();
            let passed = verdict.passed();
            let cancelled = verdict.outcome == Outcome::Cancelled;
            let (done, total) = app.overall_progress();
            if passed {
                let newly = if done > before { " New pass!" } else { "" };
                app.say(
                    Tone::Good,
                    format!("Passed.{newly} {done} of {total} exercises done. N: the next unfinished one."),
                );
            } else if cancelled {
                app.say(Tone::Info, "Check cancelled.");
            } else {
                app.say(
                    Tone::Bad,
                    format!("{title}. Fix it and save, or press a for a hint."),
                );
            }
        }
        RunState::Failed(e) => {
            let text = format!("The check could not run: {e}");
            app.say(Tone::Bad, text);
        }
        RunState::Idle | RunState::Running(_) => {}
    }
    if again {
        start_check(app, fx);
    }
}

fn snippet_done(app: &mut App, job: u64, lang: Lang, result: Result<Verdict, ServiceError>) {
    let Some(view) = app.lesson.as_mut() else {
        return;
    };
    if view.runs[lang].finish(job, result).is_none() {
        return;
    }
    if lang == Lang::Rust
        && let Some(verdict) = view.runs[lang].verdict()
        && verdict.metrics.build_time.is_some()
        && !verdict.outcome.is_inconclusive()
    {
        let metrics = Some(verdict.metrics.clone());
        if view.rust_ran_optimized {
            view.rust_builds.optimized = metrics;
        } else {
            view.rust_builds.debug = metrics;
        }
    }
    if view.runs.values().any(JobSlot::running) {
        return;
    }
    // The built-in editor may cover the output (below 100 columns it takes
    // the page): say how the program it saved did.
    let edited = view.editor.as_ref().map(|e| e.lang);
    let said = edited.and_then(|lang| match view.runs[lang].state() {
        RunState::Finished(v) if v.passed() => Some((
            Tone::Good,
            format!("{lang}: as the page expects. Esc closes the editor."),
        )),
        RunState::Finished(v) => Some((
            Tone::Bad,
            format!(
                "{lang}: {}. Esc closes the editor and shows the output.",
                v.outcome.title()
            ),
        )),
        _ => None,
    });
    match said {
        Some((tone, text)) => app.say_until(tone, text, Lapse::EditorCloses),
        None => app.lapsed(Lapse::PageRunsEnd),
    }
}

/// The exercise view, if `exercise` is still the one open: the result of
/// a call about another exercise is dropped.
fn view_of<'a>(app: &'a mut App, exercise: &str) -> Option<&'a mut ExerciseView> {
    current_id(app)
        .filter(|id| id == exercise)
        .and(app.exercise.as_mut())
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
    let Some(view) = view_of(app, exercise) else {
        return;
    };
    match result {
        Ok(files) => {
            view.files_error = None;
            view.files = files.clone();
            if let Some(main) = files.first() {
                fx.push(Effect::LoadCode { path: main.clone() });
            }
            if !files.is_empty() {
                view.watch = WatchState::Starting;
                fx.push(Effect::Watch { paths: files });
            }
        }
        Err(e) => {
            view.files_error = Some(e.to_string());
            app.say(
                Tone::Bad,
                "Could not prepare your copy: the task pane says why.",
            );
        }
    }
}

fn watching(app: &mut App, result: Result<(), ServiceError>) {
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    if view.watch != WatchState::Starting {
        return;
    }
    match result {
        Ok(()) => view.watch = WatchState::On,
        Err(e) => {
            view.watch = WatchState::Failed(e.to_string());
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
    if view.files.first().is_some_and(|f| f == path) {
        fx.push(Effect::LoadCode {
            path: path.to_path_buf(),
        });
    }
    if view.run.again_after() {
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
    let Some(view) = view_of(app, exercise) else {
        return;
    };
    match result {
        // The engine repeats the last hint (1-based index) once all are shown.
        Ok(Some(hint)) if hint.index <= view.hints.len() => {
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
                .hints_shown = u32::try_from(n).unwrap_or(u32::MAX);
            app.say(
                Tone::Info,
                format!("Hint {n} of {total} added under the task."),
            );
            // The hints end the task pane: show the new one, not the top.
            scroll(app, ScrollTarget::Task, i32::MAX);
        }
        Ok(None) => app.say(Tone::Info, "This exercise has no hints."),
        Err(e) => app.say(Tone::Bad, format!("No hint: {e}")),
    }
}

fn answered(app: &mut App, exercise: &str, choice: usize, result: Result<bool, ServiceError>) {
    let Some(view) = view_of(app, exercise) else {
        return;
    };
    match result {
        Ok(correct) => {
            view.quiz = Some(QuizAnswer { choice, correct });
            if correct {
                app.say(Tone::Good, "Right! → for the next exercise.");
            } else {
                let choices = app.current_exercise().map_or(0, |(_, _, e)| match &e.kind {
                    ExerciseKind::Quiz(q) => q.choices.len(),
                    ExerciseKind::Code(_) => 0,
                });
                app.say(Tone::Bad, crate::tui::content::wrong_answer(choices));
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
    app.verdicts.forget(exercise);
    let Some(view) = view_of(app, exercise) else {
        return;
    };
    view.run.clear();
    if let Some(main) = view.files.first() {
        fx.push(Effect::LoadCode { path: main.clone() });
    }
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

/// The solution arrives: after a pass, how the learner's files differ from
/// it comes first; before one (forced), the reference as it is.
fn solution_ready(
    app: &mut App,
    exercise: &str,
    result: Result<Vec<super::services::SolutionFile>, ServiceError>,
) {
    if view_of(app, exercise).is_none() {
        return;
    }
    let passed = app.passed(exercise);
    match result {
        Ok(files) => {
            let tab = match passed && files.iter().any(|f| f.yours.is_some()) {
                true => SolutionTab::Diff,
                false => SolutionTab::Reference,
            };
            app.overlay = Some(Overlay::Solution {
                files,
                scroll: 0,
                tab,
                passed,
            });
        }
        Err(e) if e.not_passed_yet() => app.overlay = Some(Overlay::Confirm(Confirm::ShowSolution)),
        Err(e) => app.say(Tone::Bad, format!("No solution: {e}")),
    }
}

fn editor_returned(app: &mut App, result: Result<bool, EditorError>, fx: &mut Vec<Effect>) {
    if app.screen == Screen::Lesson {
        return program_edited_outside(app, result, fx);
    }
    match result {
        Ok(changed) => {
            let watching = app
                .exercise
                .as_ref()
                .is_some_and(|v| v.watch == WatchState::On);
            let running = app.exercise.as_ref().is_some_and(|v| v.run.running());
            if changed && let Some(main) = app.exercise.as_ref().and_then(|v| v.files.first()) {
                fx.push(Effect::LoadCode { path: main.clone() });
            }
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

/// The learner's file, read for the code pane: shown, and scrolled to the
/// line the verdict points at.
fn code_loaded(app: &mut App, path: &std::path::Path, result: Result<String, ServiceError>) {
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    if view.files.first().is_none_or(|f| f != path) {
        return;
    }
    match result {
        Ok(text) => {
            view.code = Some(text);
            scroll_to_mark(app);
        }
        Err(e) => app.say(Tone::Bad, format!("Cannot show your file: {e}")),
    }
}

/// Scrolls the code pane so the marked line sits a third of the way down.
fn scroll_to_mark(app: &mut App) {
    let Some(line) = app.marked_line() else {
        return;
    };
    let rows = layout::pane_rows(app, ScrollTarget::Source);
    let top = u16::try_from(line.saturating_sub(1)).unwrap_or(u16::MAX);
    let max = layout::max_scroll(app, ScrollTarget::Source);
    if let Some(view) = app.exercise.as_mut() {
        view.code_scroll = top.saturating_sub(rows / 3).min(max);
    }
}

fn file_loaded(app: &mut App, path: std::path::PathBuf, result: Result<String, ServiceError>) {
    if app.screen == Screen::Lesson {
        return program_loaded(app, path, result);
    }
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
            app.say_until(Tone::Info, EDITING, Lapse::EditorCloses);
        }
        Err(e) => app.say(Tone::Bad, format!("Cannot open {}: {e}", path.display())),
    }
}

fn file_saved(
    app: &mut App,
    path: &std::path::Path,
    result: Result<(), ServiceError>,
    fx: &mut Vec<Effect>,
) {
    if app.screen == Screen::Lesson {
        return program_saved(app, path, result, fx);
    }
    let Some(view) = app.exercise.as_mut() else {
        return;
    };
    match result {
        Ok(()) => {
            if let Some(ed) = view.editor.as_mut().filter(|e| e.path == path) {
                ed.mark_saved();
            }
            fx.push(Effect::LoadCode {
                path: path.to_path_buf(),
            });
            // With the watcher on, the save itself triggers the check.
            if view.watch != WatchState::On {
                if !view.run.again_after() {
                    start_check(app, fx);
                }
            } else {
                app.say(Tone::Info, "Saved.");
            }
        }
        Err(e) => app.say(Tone::Bad, format!("Not saved: {e}")),
    }
}

/// The formatter's answer: the buffer replaced as one undoable edit, or
/// its error (with the line) in the status and the buffer untouched.
fn formatted(
    app: &mut App,
    path: &std::path::Path,
    source: &str,
    result: Result<String, crate::runner::FormatError>,
) {
    // The exercise's file or a page's program: whichever editor is open.
    let Some(ed) = open_editor_mut(app).filter(|e| e.path == path) else {
        return;
    };
    let tool = crate::runner::formatter_name(ed.lang);
    match result {
        // A second Ctrl-F's answer, once the first replaced the buffer.
        Ok(text) if ed.text() != source && ed.text() == text => {}
        Ok(_) if ed.text() != source => app.say(
            Tone::Info,
            "You typed while formatting: press Ctrl-F again to format what you have now.",
        ),
        Ok(text) => {
            let changed = ed.replace_all(&text);
            follow_editor(app);
            let text = match changed {
                true => format!("Formatted with {tool}; Ctrl-Z undoes it, Ctrl-S saves."),
                false => format!("Already formatted as {tool} would."),
            };
            app.say(Tone::Good, text);
        }
        Err(crate::runner::FormatError::Cancelled) => {}
        Err(e) => app.say(Tone::Bad, format!("{e} (your code is unchanged)")),
    }
}

// ---------------------------------------------------------------- scrolling and mouse

fn scroll(app: &mut App, target: ScrollTarget, delta: i32) {
    let max = layout::max_scroll(app, target);
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

/// The movement keys on a pane: true if `action` was one.
fn scroll_by(app: &mut App, target: ScrollTarget, action: &Action) -> bool {
    match action {
        Action::Up => scroll(app, target, -1),
        Action::Down => scroll(app, target, 1),
        Action::PageUp => page_scroll(app, target, false),
        Action::PageDown => page_scroll(app, target, true),
        Action::Home => scroll(app, target, i32::MIN),
        Action::End => scroll(app, target, i32::MAX),
        _ => return false,
    }
    true
}

fn page_scroll(app: &mut App, target: ScrollTarget, down: bool) {
    let rows = i32::from(layout::pane_rows(app, target).max(2) - 1);
    scroll(app, target, if down { rows } else { -rows });
}

fn scroll_slot(app: &mut App, target: ScrollTarget) -> Option<&mut u16> {
    match target {
        ScrollTarget::Overlay => match app.overlay.as_mut()? {
            Overlay::Help { scroll }
            | Overlay::Solution { scroll, .. }
            | Overlay::RustcExplain { scroll, .. } => Some(scroll),
            Overlay::Confirm(_) => None,
        },
        ScrollTarget::Welcome => Some(&mut app.welcome_scroll),
        ScrollTarget::Prose => Some(&mut app.lesson.as_mut()?.prose_scroll),
        ScrollTarget::Code(lang) => Some(&mut app.lesson.as_mut()?.code_scroll[lang]),
        ScrollTarget::Output(lang) => Some(&mut app.lesson.as_mut()?.output_scroll[lang]),
        ScrollTarget::Task => Some(&mut app.exercise.as_mut()?.task_scroll),
        ScrollTarget::Source => Some(&mut app.exercise.as_mut()?.code_scroll),
        ScrollTarget::Result => Some(&mut app.exercise.as_mut()?.result_scroll),
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
        Screen::Lesson => match layout::lesson_layout(app).and_then(|l| l.pane_at(column, row)) {
            Some(LessonPane::Code(lang)) if open_editor(app).is_some_and(|e| e.lang == lang) => {
                if let Some(ed) = open_editor_mut(app) {
                    scroll_editor(ed, down);
                }
            }
            Some(pane) => scroll(app, pane.into(), delta),
            None => {}
        },
        Screen::Exercise => {
            let editing = app.exercise.as_ref().is_some_and(|v| v.editor.is_some());
            match layout::exercise_layout(app).and_then(|l| l.pane_at(column, row)) {
                Some(ExercisePane::Code) if editing => {
                    if let Some(ed) = app.exercise.as_mut().and_then(|v| v.editor.as_mut()) {
                        scroll_editor(ed, down);
                    }
                }
                Some(pane) => scroll(app, pane.into(), delta),
                None => {}
            }
        }
        Screen::Welcome => scroll(app, ScrollTarget::Welcome, delta),
    }
}

/// The wheel over the built-in editor moves its view, not its cursor.
fn scroll_editor(ed: &mut Editor, down: bool) {
    ed.top = if down {
        (ed.top + 3).min(ed.lines().len().saturating_sub(1))
    } else {
        ed.top.saturating_sub(3)
    };
}

fn click(app: &mut App, column: u16, row: u16) {
    if app.too_small() || app.overlay.is_some() {
        return;
    }
    match app.screen {
        Screen::Catalog => {
            if let Some(index) = layout::catalog_row_at(app, column, row) {
                app.catalog.selected = index;
            }
        }
        Screen::Lesson => {
            if let Some(pane) = layout::lesson_layout(app).and_then(|l| l.pane_at(column, row))
                && let Some(view) = app.lesson.as_mut()
            {
                view.focus = pane;
            }
        }
        Screen::Exercise => {
            if let Some(pane) = layout::exercise_layout(app).and_then(|l| l.pane_at(column, row))
                && let Some(view) = app.exercise.as_mut()
            {
                view.focus = pane;
            }
        }
        Screen::Welcome => {}
    }
}
