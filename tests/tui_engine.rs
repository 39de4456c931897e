//! `update` against the real engine on a temp workspace, where it costs no
//! build: the results the engine gives (hints, solutions, settings) are the
//! ones `update` is written for, so the fake cannot drift from them unseen.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "tui_support/mod.rs"]
mod support;

mod common;

use gorust::engine::{Engine, EngineOptions};
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
