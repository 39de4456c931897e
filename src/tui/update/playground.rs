//! Every page is a playground: the learner edits their own copy of a page
//! program (built-in editor or $VISUAL/$EDITOR), runs it with `r`, puts the
//! page's program back with `x`, and builds Rust with or without `-O`.

use super::super::action::{EditorError, Effect, PlaygroundEvent};
use super::super::app::*;
use super::super::editor::Editor;
use super::super::services::{PageProgram, ServiceError};
use super::{follow_editor, on_page, page_program, run_snippets, target_program};
use crate::Lang;
use crate::lang::PerLang;
use std::path::{Path, PathBuf};

/// The file name of the page's program in `lang`.
fn file_of(app: &App, lang: Lang) -> String {
    app.current_lesson()
        .and_then(|(_, _, page)| page.snippet(lang))
        .map(|s| s.file.clone())
        .unwrap_or_default()
}

/// The learner's copy changed (or went): the figures of both Rust builds
/// belong to the program that was measured, so they go with it.
fn set_copy(app: &mut App, lang: Lang, text: Option<String>) {
    let Some(view) = app.lesson.as_mut() else {
        return;
    };
    if view.playground[lang] != text && lang == Lang::Rust {
        view.rust_builds = RustBuilds::default();
    }
    view.playground[lang] = text;
}

/// An answer about a copy, if it is about the page still shown (a late
/// one, after the learner moved on, is dropped).
pub(super) fn playground(
    app: &mut App,
    program: &PageProgram,
    event: PlaygroundEvent,
    fx: &mut Vec<Effect>,
) {
    if !on_page(app, program) {
        return;
    }
    match event {
        PlaygroundEvent::Loaded(result) => loaded(app, program, result),
        PlaygroundEvent::Ready { builtin, result } => ready(app, program, builtin, result, fx),
        PlaygroundEvent::Reset(result) => was_reset(app, program, result),
    }
}

fn loaded(app: &mut App, program: &PageProgram, result: Result<Option<String>, ServiceError>) {
    match result {
        Ok(text) => set_copy(app, program.lang, text),
        Err(e) => app.say(Tone::Bad, format!("Cannot read your copy: {e}")),
    }
}

/// The copy exists: open it in the editor asked for.
fn ready(
    app: &mut App,
    program: &PageProgram,
    builtin: bool,
    result: Result<PathBuf, ServiceError>,
    fx: &mut Vec<Effect>,
) {
    let path = match result {
        Ok(path) => path,
        Err(e) => return app.say(Tone::Bad, format!("Cannot make your copy: {e}")),
    };
    let Some(view) = app.lesson.as_mut() else {
        return;
    };
    view.playground_paths[program.lang] = Some(path.clone());
    if builtin {
        fx.push(Effect::ReadFile { path });
    } else {
        view.editing_outside = Some(program.lang);
        fx.push(Effect::ExternalEditor { path });
    }
}

/// The language whose copy is at `path`.
fn lang_at(app: &App, path: &Path) -> Option<Lang> {
    let view = app.lesson.as_ref()?;
    Lang::ALL
        .into_iter()
        .find(|&lang| view.playground_paths[lang].as_deref() == Some(path))
}

/// The copy was read for the built-in editor.
pub(super) fn program_loaded(app: &mut App, path: PathBuf, result: Result<String, ServiceError>) {
    let Some(lang) = lang_at(app, &path) else {
        return;
    };
    match result {
        Ok(text) => {
            let file = file_of(app, lang);
            if let Some(view) = app.lesson.as_mut() {
                view.editor = Some(Editor::new(path, lang, &text));
                view.focus = LessonPane::Code(lang);
                view.zoom = false;
            }
            set_copy(app, lang, Some(text));
            follow_editor(app);
            app.say_until(
                Tone::Info,
                format!("Editing your copy of {file} ({lang}): Ctrl-S saves and runs, Esc closes."),
                Lapse::EditorCloses,
            );
        }
        Err(e) => app.say(Tone::Bad, format!("Cannot open {}: {e}", path.display())),
    }
}

/// Ctrl-S in the built-in editor wrote the copy: the page shows it and runs.
pub(super) fn program_saved(
    app: &mut App,
    path: &Path,
    result: Result<(), ServiceError>,
    fx: &mut Vec<Effect>,
) {
    let Some(lang) = lang_at(app, path) else {
        return;
    };
    if let Err(e) = result {
        return app.say(Tone::Bad, format!("Not saved: {e}"));
    }
    let text = app
        .lesson
        .as_mut()
        .and_then(|v| v.editor.as_mut())
        .filter(|ed| ed.path == path)
        .map(|ed| {
            ed.mark_saved();
            ed.text()
        });
    if let Some(text) = text {
        set_copy(app, lang, Some(text));
    }
    if app.running() {
        app.say(Tone::Info, "Saved. r runs it once the current run ends.");
    } else {
        run_snippets(app, fx);
    }
}

/// $VISUAL/$EDITOR returned: the page reads the copy again, and `r` runs it.
pub(super) fn program_edited_outside(
    app: &mut App,
    result: Result<bool, EditorError>,
    fx: &mut Vec<Effect>,
) {
    let Some(lang) = app.lesson.as_mut().and_then(|v| v.editing_outside.take()) else {
        return;
    };
    match result {
        Ok(true) => {
            fx.extend(page_program(app, lang).map(Effect::LoadPlayground));
            let file = file_of(app, lang);
            app.say(
                Tone::Info,
                format!("You edited {file}: r runs your copy, x puts the page's program back."),
            );
        }
        Ok(false) => {
            fx.extend(page_program(app, lang).map(Effect::LoadPlayground));
            // With nothing focused, e picked a side: say which.
            let file = file_of(app, lang);
            app.say(Tone::Info, format!("{file} ({lang}) did not change."));
        }
        Err(e @ EditorError::NotSet) => app.say(Tone::Info, e.to_string()),
        Err(e) => app.say(Tone::Bad, e.to_string()),
    }
}

/// `x`: asks first, as the exercise's reset does; nothing to ask when the
/// page shows its own program.
pub(super) fn ask_reset_program(app: &mut App) {
    let Some(program) = target_program(app) else {
        return app.say(Tone::Info, "This page has no program to reset.");
    };
    let edited = app
        .lesson
        .as_ref()
        .is_some_and(|v| v.playground[program.lang].is_some());
    if edited {
        app.overlay = Some(Overlay::Confirm(Confirm::ResetProgram(program.lang)));
    } else {
        let file = file_of(app, program.lang);
        app.say(
            Tone::Info,
            format!("{file} is the page's own program: there is no edit to undo."),
        );
    }
}

pub(super) fn reset_program(app: &mut App, lang: Lang, fx: &mut Vec<Effect>) {
    let Some(program) = page_program(app, lang) else {
        return;
    };
    if let Some(view) = app.lesson.as_mut() {
        fx.extend(view.runs[lang].cancel());
    }
    fx.push(Effect::ResetPlayground(program));
}

fn was_reset(app: &mut App, program: &PageProgram, result: Result<Option<PathBuf>, ServiceError>) {
    let lang = program.lang;
    let file = file_of(app, lang);
    match result {
        Ok(backup) => {
            set_copy(app, lang, None);
            if let Some(view) = app.lesson.as_mut() {
                // The output was the edited copy's.
                view.runs[lang].clear();
                view.output_scroll = PerLang::default();
                view.code_scroll[lang] = 0;
            }
            match backup {
                Some(backup) => app.say(
                    Tone::Info,
                    format!(
                        "The page's {file} is back. Your version is saved as {}",
                        backup.display()
                    ),
                ),
                None => app.say(Tone::Info, format!("The page's {file} is back.")),
            }
        }
        Err(e) => app.say(Tone::Bad, format!("Could not put {file} back: {e}")),
    }
}

/// `O`: Rust page programs build with `-O` or in debug mode; Go's builds
/// are always optimised, so the toggle is about Rust alone.
pub(super) fn toggle_optimize(app: &mut App) {
    let Some(view) = app.lesson.as_mut() else {
        return;
    };
    view.optimize = !view.optimize;
    let text = if view.optimize {
        "Rust now builds with -O (optimised). Go always builds optimised. r runs both."
    } else {
        "Rust now builds in debug mode (no -O), as checks do. Go always builds optimised. r runs both."
    };
    app.say(Tone::Info, text);
}
