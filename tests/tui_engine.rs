//! `update` against the real engine on a temp workspace, where it costs no
//! build: the results the engine gives (hints, solutions, settings) are the
//! ones `update` is written for, so the fake cannot drift from them unseen.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "tui_support/mod.rs"]
mod support;

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
