//! `update` against the real engine on a temp workspace: the results the
//! engine gives (hints, solutions, settings, page programs the learner
//! edited) are the ones `update` is written for, so the fake cannot drift
//! from them unseen. The playground tests build with the real rustc.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "tui_support/mod.rs"]
mod support;

#[path = "common/mod.rs"]
mod common;

use gorust::Lang;
use gorust::engine::{Engine, EngineOptions, PageProgram, SnippetRun, SnippetSource};
use gorust::runner::{CancelToken, NoEvents, Outcome, Verdict};
use gorust::settings::Theme;
use gorust::tui::action::Action;
use gorust::tui::app::{App, Confirm, Overlay};
use gorust::tui::services::Services;
use gorust::tui::update;
use std::sync::Arc;
use support::*;

fn engine(workspace: &std::path::Path) -> Engine {
    Engine::open(EngineOptions {
        lessons: Some(fixture_dir()),
        workspace: Some(workspace.to_path_buf()),
    })
    .unwrap()
}

fn hint(app: &mut App, engine: &Engine) {
    let result = Services::next_hint(engine, "basics-borrow");
    update::update(
        app,
        Action::HintReady {
            exercise: "basics-borrow".into(),
            result,
        },
    );
}

#[test]
fn engine_hints_accumulate_then_the_last_is_repeated() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path());
    let mut app = exercise_ready((100, 30));
    let total = app.exercise.as_ref().unwrap().hints_total;
    assert!(total >= 2, "the fixture exercise has hints");
    for _ in 0..total {
        hint(&mut app, &engine);
    }
    assert_eq!(app.exercise.as_ref().unwrap().hints.len(), total);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains(&format!("Hint {total} of {total}"))
    );
    hint(&mut app, &engine);
    assert_eq!(
        app.exercise.as_ref().unwrap().hints.len(),
        total,
        "no duplicate"
    );
    assert!(app.message.as_ref().unwrap().text.contains("last hint"));
    assert_eq!(
        Services::progress(&engine, "basics-borrow").hints_shown as usize,
        total
    );
}

#[test]
fn engine_refuses_the_solution_before_a_pass_and_update_asks() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path());
    let mut app = exercise_ready((100, 30));
    let result = Services::solution(&engine, "basics-borrow", false);
    update::update(
        &mut app,
        Action::SolutionReady {
            exercise: "basics-borrow".into(),
            result,
        },
    );
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::ShowSolution)));
}

#[test]
fn settings_saved_by_the_ui_come_back_and_keep_the_learner_name() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path());
    let mut settings = engine.settings();
    settings.learner = Some("Ada".into());
    engine.save_settings(&settings).unwrap();
    let (mut app, _) = App::new(Arc::new(pack()), init((100, 30)));
    app.pack_key = Services::pack_key(&engine);
    let fx = update::update(&mut app, Action::ToggleTheme);
    let saved = fx
        .into_iter()
        .find_map(|e| match e {
            gorust::tui::Effect::SaveSettings(s) => Some(s),
            _ => None,
        })
        .expect("the theme is remembered");
    Services::save_settings(&engine, &saved).unwrap();
    let back = Services::settings(&engine);
    assert_eq!(back.theme, Some(Theme::Light));
    assert_eq!(back.learner.as_deref(), Some("Ada"));
}

fn run_page(engine: &Engine, program: &PageProgram, optimize: bool) -> Verdict {
    let run = SnippetRun {
        program: program.clone(),
        optimize,
        source: SnippetSource::Playground,
    };
    Services::run_snippet(engine, &run, &NoEvents, &CancelToken::new()).unwrap()
}

/// The playground with the real engine and rustc: the learner's copy of the
/// E0382 page program is made from the page's, edited as $EDITOR would,
/// run in its place (it compiles now, and says so without passing), and
/// reset to the page's program with the edit kept as a backup.
#[test]
fn an_edited_page_program_compiles_after_clone_and_reset_keeps_a_backup() {
    if !common::require("rustc") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path());
    let original = std::fs::read_to_string(fixture_dir().join("01-basics/moves.rs")).unwrap();
    assert_eq!(
        run_page(&engine, &moves_rs(), false).outcome,
        Outcome::Passed
    );

    let copy = Services::playground_file(&engine, &moves_rs()).unwrap();
    assert!(
        copy.ends_with("playground/basics/2-rust/moves.rs"),
        "{}",
        copy.display()
    );
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), original);
    std::fs::write(&copy, MOVES_CLONED).unwrap();
    assert_eq!(
        Services::playground_text(&engine, &moves_rs())
            .unwrap()
            .as_deref(),
        Some(MOVES_CLONED)
    );

    let verdict = run_page(&engine, &moves_rs(), false);
    match &verdict.outcome {
        Outcome::NotAsExpected { expected, actual } => {
            assert!(expected.contains("E0382"), "{expected}");
            assert!(actual.contains("compiled and ran"), "{actual}");
        }
        other => panic!("an edit that compiles is said as it is: {other:?}"),
    }
    assert_eq!(verdict.stdout, "hello hello\n");
    // The page's own program is untouched for validation.
    let pack_run = SnippetRun {
        program: moves_rs(),
        optimize: false,
        source: SnippetSource::Pack,
    };
    let pack = Services::run_snippet(&engine, &pack_run, &NoEvents, &CancelToken::new()).unwrap();
    assert_eq!(pack.outcome, Outcome::Passed);

    // Through update, as the page draws it.
    let mut app = page_with_edited_rust((160, 48));
    let fx = update::update(&mut app, Action::RunSnippets);
    let job = fx
        .iter()
        .find_map(|e| match e {
            gorust::tui::Effect::RunSnippet { job, run } if run.program == moves_rs() => Some(*job),
            _ => None,
        })
        .unwrap();
    update::update(
        &mut app,
        Action::SnippetDone {
            job,
            lang: Lang::Rust,
            result: Ok(verdict),
        },
    );
    let screen = screen_text(&app);
    assert!(screen.contains("Not as expected"), "{screen}");
    assert!(screen.contains("hello hello"), "{screen}");

    let backup = Services::reset_playground(&engine, &moves_rs())
        .unwrap()
        .expect("the edit is backed up");
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), MOVES_CLONED);
    assert!(backup.starts_with(dir.path()), "{}", backup.display());
    assert!(!copy.exists());
    assert_eq!(
        Services::playground_text(&engine, &moves_rs()).unwrap(),
        None
    );
    let again = run_page(&engine, &moves_rs(), false);
    assert_eq!(
        again.outcome,
        Outcome::Passed,
        "E0382 again, as the page expects"
    );
    assert!(again.error_codes().contains(&"E0382".to_owned()));
    // An unedited copy needs no backup.
    Services::playground_file(&engine, &moves_rs()).unwrap();
    assert_eq!(
        Services::reset_playground(&engine, &moves_rs()).unwrap(),
        None
    );
}

/// `O` reaches the build: the learner's copy of a page program prints
/// whether debug assertions are on.
#[test]
fn a_page_program_builds_with_o_when_asked() {
    if !common::require("rustc") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path());
    let hello = PageProgram {
        lesson: "basics".into(),
        page: 0,
        lang: Lang::Rust,
    };
    let copy = Services::playground_file(&engine, &hello).unwrap();
    std::fs::write(
        &copy,
        "fn main() {\n    println!(\"{}\", cfg!(debug_assertions));\n}\n",
    )
    .unwrap();
    let debug = run_page(&engine, &hello, false);
    let optimized = run_page(&engine, &hello, true);
    assert_eq!(debug.stdout, "true\n", "{debug:?}");
    assert_eq!(optimized.stdout, "false\n", "{optimized:?}");
    assert!(debug.metrics.binary_size.is_some() && optimized.metrics.binary_size.is_some());
}

/// `o` on a code no page explains, with the real rustc behind the engine:
/// the effect's answer is rustc's own page, and an unknown code gets
/// rustc's refusal.
#[test]
fn the_real_rustc_explains_a_code_in_the_overlay() {
    if !common::require("rustc") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path());
    let text = Services::rustc_explain(&engine, "E0382").unwrap();
    assert!(text.contains("moved"), "{text}");
    assert!(text.contains("borrow"), "{text}");
    let refused = Services::rustc_explain(&engine, "E9999").unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("E9999 is not a valid error code"),
        "{refused}"
    );
    let not_a_code = Services::rustc_explain(&engine, "--version").unwrap_err();
    assert!(
        not_a_code.to_string().contains("is not a rustc error code"),
        "{not_a_code}"
    );

    let mut app = exercise_ready((100, 30));
    finish_check(&mut app, compile_error_e0599(), attempted(1));
    let fx = update::update(&mut app, Action::Explain);
    let [gorust::tui::action::Effect::RustcExplain { code }] = fx.as_slice() else {
        panic!("{fx:?}")
    };
    let result = Services::rustc_explain(&engine, code);
    update::update(
        &mut app,
        Action::RustcExplained {
            code: code.clone(),
            result,
        },
    );
    let screen = screen_text(&app);
    assert!(screen.contains("rustc --explain E0599"), "{screen}");
    assert!(
        screen.contains("This error occurs when a method is used on a type"),
        "{screen}"
    );
}

/// Without rustc on the PATH, `rustc --explain` says what to install.
#[test]
fn rustc_explain_without_rustc_says_what_to_install() {
    let runner = gorust::runner::Runner::new(std::env::temp_dir()).with_search_path("");
    let error = runner
        .rustc_explain("E0382", &gorust::runner::CancelToken::default())
        .unwrap_err();
    let text = error.to_string();
    assert!(
        text.starts_with("rustc is needed to explain E0382"),
        "{text}"
    );
    assert!(text.contains("rustup"), "{text}");
}
