//! `update` driven by keys, screen by screen: what changes and which
//! effects are asked for. No terminal, no engine.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "tui_support/mod.rs"]
mod support;

use gorust::Lang;
use gorust::engine::EngineError;
use gorust::runner::{CancelToken, Outcome, Phase, RunEvent};
use gorust::settings::Settings;
use gorust::tui::Effect;
use gorust::tui::action::{Action, PlaygroundEvent};
use gorust::tui::app::{App, Confirm, ExercisePane, LessonPane, Overlay, Screen, WatchState};
use gorust::tui::job::RunState;
use gorust::tui::layout::Side;
use gorust::tui::services::{PageProgram, SnippetSource, Status};
use gorust::tui::theme::Theme;
use gorust::tui::watch::WatchError;
use ratatui::crossterm::event::KeyCode;
use std::path::PathBuf;
use std::sync::Arc;
use support::*;

fn check_job(fx: &[Effect]) -> Option<u64> {
    fx.iter().find_map(|e| match e {
        Effect::Check { job, .. } => Some(*job),
        _ => None,
    })
}

/// The job a check started and the token its slot cancels it with.
fn check_started(fx: &[Effect]) -> Option<(u64, CancelToken)> {
    fx.iter().find_map(|e| match e {
        Effect::Check { job, cancel, .. } => Some((*job, cancel.clone())),
        _ => None,
    })
}

// ---------------------------------------------------------------- start

#[test]
fn welcome_scrolls_to_its_last_rows_at_80x24() {
    let mut init = init((80, 24));
    init.settings.welcomed = false;
    init.toolchains[0].version = None;
    let (mut app, _) = App::new(Arc::new(pack()), init);
    // What a first run needs, the missing tool, shows without scrolling.
    let first = screen_text(&app);
    assert!(first.contains("Every lesson stays readable"), "{first}");
    assert!(!first.contains("this help"), "{first}");
    press(&mut app, key(KeyCode::End));
    assert!(app.welcome_scroll > 0);
    let screen = screen_text(&app);
    // The keys come last, under a heading per screen.
    for row in ["On an exercise", "Everywhere", "this help"] {
        assert!(screen.contains(row), "{row}: {screen}");
    }
    press(&mut app, ch('g'));
    assert_eq!(app.welcome_scroll, 0);
    press(&mut app, ch('j'));
    assert_eq!(app.welcome_scroll, 1);
    assert_eq!(app.screen, Screen::Welcome, "moving does not start");
}

#[test]
fn esc_unfocuses_a_pane_before_going_back() {
    let mut app = app_at(Some("basics"), (100, 30));
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, ch('z'));
    press(&mut app, key(KeyCode::Esc));
    let view = app.lesson.as_ref().unwrap();
    assert_eq!((view.focus, view.zoom), (LessonPane::Prose, false));
    assert_eq!(app.screen, Screen::Lesson);
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Catalog);

    let mut app = exercise_ready((100, 30));
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.exercise.as_ref().unwrap().focus, ExercisePane::Task);
    assert_eq!(app.screen, Screen::Exercise);
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Lesson);
}

/// While a check or a page run goes, the status says "Esc cancels": with a
/// pane zoomed or focused, the first Esc cancels (the pane stays as the
/// learner set it), the next one unzooms.
#[test]
fn esc_cancels_a_run_first_even_with_a_pane_zoomed() {
    let mut app = exercise_ready((100, 30));
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, ch('z'));
    let (job, token) = check_started(&press(&mut app, ch('c'))).unwrap();
    assert!(app.message.as_ref().unwrap().text.contains("Esc cancels"));
    assert_eq!(
        press(&mut app, key(KeyCode::Esc)),
        vec![Effect::Cancel { job, token }]
    );
    let view = app.exercise.as_ref().unwrap();
    assert_eq!((view.focus, view.zoom), (ExercisePane::Result, true));
    act(
        &mut app,
        Action::CheckDone {
            job,
            exercise: "basics-borrow".into(),
            result: Ok(verdict(Outcome::Cancelled)),
            progress: Some(attempted(1)),
        },
    );
    assert!(press(&mut app, key(KeyCode::Esc)).is_empty());
    let view = app.exercise.as_ref().unwrap();
    assert_eq!((view.focus, view.zoom), (ExercisePane::Task, false));
    assert_eq!(app.screen, Screen::Exercise);

    let mut app = app_at(Some("basics"), (160, 48));
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, ch('z'));
    let fx = press(&mut app, ch('r'));
    assert!(fx.iter().any(|e| matches!(e, Effect::RunSnippet { .. })));
    assert!(app.message.as_ref().unwrap().text.contains("Esc cancels"));
    let fx = press(&mut app, key(KeyCode::Esc));
    assert!(
        !fx.is_empty() && fx.iter().all(|e| matches!(e, Effect::Cancel { .. })),
        "{fx:?}"
    );
    assert!(app.lesson.as_ref().unwrap().zoom, "the zoom stays");
}

#[test]
fn first_run_shows_welcome_then_resumes_and_remembers() {
    let mut init = init((100, 30));
    init.settings.welcomed = false;
    let (mut app, fx) = App::new(Arc::new(pack()), init);
    assert_eq!(app.screen, Screen::Welcome);
    assert!(fx.is_empty());
    // It says what Enter does (it said "Lessons list → lesson pages", but
    // Enter opens a lesson and the list is behind Esc).
    let screen = screen_text(&app);
    assert!(
        screen.contains("Enter opens the first lesson you have not finished"),
        "{screen}"
    );
    assert!(!screen.contains("Lessons list →"), "{screen}");
    let fx = press(&mut app, key(KeyCode::Enter));
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::SaveSettings(Settings { welcomed: true, .. })))
    );
    assert_eq!(app.screen, Screen::Lesson);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("first unfinished step")
    );
    // The way out is said first: at 80 columns the end of the line is cut.
    act(&mut app, Action::Resize(80, 24));
    let screen = screen_text(&app);
    assert!(
        screen.contains(" Esc: lessons list. Your first"),
        "{screen}"
    );
}

#[test]
fn resumes_the_last_unfinished_exercise() {
    let mut init = init((100, 30));
    init.settings
        .positions
        .entry(PACK_KEY.into())
        .or_default()
        .exercise = Some("threads-count".into());
    let (app, fx) = App::new(Arc::new(pack()), init);
    assert_eq!(app.screen, Screen::Exercise);
    assert_eq!(app.current_exercise().unwrap().2.id, "threads-count");
    assert!(fx.contains(&Effect::LoadFiles {
        exercise: "threads-count".into()
    }));
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("where you left off")
    );
}

#[test]
fn resumes_at_the_first_unfinished_exercise_of_a_started_lesson() {
    let mut init = init((100, 30));
    init.progress.insert("basics-borrow".into(), passed(1));
    init.progress.insert("basics-predict".into(), attempted(1));
    let (app, _) = App::new(Arc::new(pack()), init);
    assert_eq!(app.current_exercise().unwrap().2.id, "basics-predict");
}

#[test]
fn everything_done_lands_on_the_catalog() {
    let mut init = init((100, 30));
    for id in ["basics-borrow", "basics-predict", "threads-count"] {
        init.progress.insert(id.into(), passed(1));
    }
    let (app, _) = App::new(Arc::new(pack()), init);
    assert_eq!(app.screen, Screen::Catalog);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("All 3 exercises are done")
    );
}

#[test]
fn open_unknown_id_says_so() {
    let app = app_at(Some("nope"), (100, 30));
    assert_eq!(app.screen, Screen::Catalog);
    assert!(app.message.as_ref().unwrap().text.contains("“nope”"));
}

#[test]
fn options_from_theme_and_track_apply_and_are_remembered() {
    let mut init = init((100, 30));
    init.options.from = Some(Lang::Rust);
    init.options.theme = Some(Theme::Light);
    init.options.track = Some("short".into());
    let (app, fx) = App::new(Arc::new(pack()), init);
    assert_eq!(app.from, Lang::Rust);
    assert_eq!(app.theme, Theme::Light);
    assert_eq!(app.order, vec![1]);
    assert_eq!(app.track_title.as_deref(), Some("Just threads"));
    assert!(fx.iter().any(|e| matches!(e, Effect::SaveSettings(s) if s.from == Some(Lang::Rust) && s.theme == Some(Theme::Light))));
}

#[test]
fn saved_preferences_apply_without_flags() {
    let mut init = init((100, 30));
    init.settings.from = Some(Lang::Rust);
    init.settings.theme = Some(Theme::Light);
    init.options.open = Some("basics".into());
    let (app, _) = App::new(Arc::new(pack()), init);
    assert_eq!(app.from, Lang::Rust);
    assert_eq!(app.theme, Theme::Light);
    assert_eq!(app.lang_on(Side::First), Lang::Rust);
}

// ---------------------------------------------------------------- catalog

#[test]
fn catalog_moves_with_arrows_and_vim_keys() {
    let mut app = app_at(None, (100, 30));
    press(&mut app, ch('j'));
    assert_eq!(app.catalog.selected, 1);
    press(&mut app, key(KeyCode::Down));
    assert_eq!(app.catalog.selected, 1, "stops at the last row");
    press(&mut app, ch('k'));
    assert_eq!(app.catalog.selected, 0);
    press(&mut app, ch('G'));
    assert_eq!(app.catalog.selected, 1);
    press(&mut app, ch('g'));
    assert_eq!(app.catalog.selected, 0);
    press(&mut app, key(KeyCode::PageDown));
    assert_eq!(app.catalog.selected, 1);
    let fx = press(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Lesson);
    assert_eq!(app.current_lesson().unwrap().1.id, "threads");
    assert!(fx.iter().any(
        |e| matches!(e, Effect::SaveSettings(s) if s.position(PACK_KEY).lesson.as_deref() == Some("threads"))
    ));
}

#[test]
fn catalog_filter_searches_summaries_pages_and_exercises() {
    let mut app = app_at(None, (100, 30));
    let mut filter = |text: &str| {
        press(&mut app, key(KeyCode::Esc));
        press(&mut app, ch('/'));
        for c in text.chars() {
            press(&mut app, ch(c));
        }
        app.catalog_rows()
    };
    assert_eq!(filter("refusal"), vec![1], "a lesson summary");
    assert_eq!(filter("moving a"), vec![0], "a page title");
    assert_eq!(filter("MUTEX"), vec![1], "an exercise title");
    assert_eq!(filter("nowhere at all"), Vec::<usize>::new());
    assert!(screen_text(&app).contains("No lesson, page or exercise title matches"));
}

#[test]
fn a_track_keeps_the_packs_lesson_numbers() {
    let mut init = init((100, 30));
    init.options.track = Some("short".into());
    let (mut app, _) = App::new(Arc::new(pack()), init);
    assert_eq!(app.order, vec![1]);
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Catalog);
    let screen = screen_text(&app);
    assert!(screen.contains(" 2 Threads and data races"), "{screen}");
    assert!(!screen.contains(" 1 Threads"), "{screen}");
}

#[test]
fn catalog_filter_types_narrows_and_clears() {
    let mut app = app_at(None, (100, 30));
    press(&mut app, ch('/'));
    assert!(app.catalog.filtering);
    for c in "THREADX".chars() {
        press(&mut app, ch(c));
    }
    assert_eq!(app.catalog_rows().len(), 0);
    press(&mut app, key(KeyCode::Backspace));
    assert_eq!(app.catalog_rows(), vec![1], "case-insensitive");
    // q is typed, not quit, while filtering.
    press(&mut app, ch('q'));
    assert!(!app.quit);
    press(&mut app, key(KeyCode::Backspace));
    press(&mut app, key(KeyCode::Enter));
    assert!(!app.catalog.filtering);
    assert_eq!(app.catalog.filter, "THREAD");
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.catalog.filter, "");
    assert_eq!(app.catalog_rows().len(), 2);
}

#[test]
fn catalog_mouse_click_selects_and_wheel_moves() {
    let mut app = app_at(None, (100, 30));
    // Rows start below the header (1), the gauge (3) and the list border (1).
    act(&mut app, Action::Click { column: 10, row: 6 });
    assert_eq!(app.catalog.selected, 1);
    act(
        &mut app,
        Action::Scroll {
            column: 10,
            row: 6,
            down: false,
        },
    );
    assert_eq!(app.catalog.selected, 0);
}

// ---------------------------------------------------------------- lesson

#[test]
fn lesson_pages_forward_into_exercises_and_back() {
    let mut app = app_at(Some("basics"), (160, 48));
    press(&mut app, ch('l'));
    assert_eq!(app.current_lesson().unwrap().0.page, 1);
    press(&mut app, key(KeyCode::Left));
    assert_eq!(app.current_lesson().unwrap().0.page, 0);
    press(&mut app, key(KeyCode::Right));
    let fx = press(&mut app, ch('n'));
    assert_eq!(app.screen, Screen::Exercise);
    assert!(fx.contains(&Effect::LoadFiles {
        exercise: "basics-borrow".into()
    }));
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Lesson);
    assert_eq!(
        app.current_lesson().unwrap().0.page,
        1,
        "back to the last page"
    );
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Catalog);
}

#[test]
fn lesson_runs_both_snippets_and_esc_cancels() {
    let mut app = app_at(Some("basics"), (160, 48));
    let fx = press(&mut app, ch('r'));
    let runs: Vec<(u64, Lang)> = fx
        .iter()
        .filter_map(|e| match e {
            Effect::RunSnippet { job, run, .. }
                if run.program.lesson == "basics" && run.program.page == 0 =>
            {
                assert_eq!(run.source, SnippetSource::Playground);
                assert!(!run.optimize, "debug builds until O");
                Some((*job, run.program.lang))
            }
            _ => None,
        })
        .collect();
    assert_eq!(runs.len(), 2);
    assert!(
        press(&mut app, ch('r')).is_empty(),
        "no second run while running"
    );
    act(
        &mut app,
        Action::Job {
            job: runs[0].0,
            event: RunEvent::PhaseStarted(Phase::Run),
        },
    );
    let RunState::Running(run) = app.lesson.as_ref().unwrap().runs[Lang::Go].state() else {
        panic!("the Go program runs");
    };
    assert_eq!(run.phase, Some(Phase::Run));
    let fx = press(&mut app, key(KeyCode::Esc));
    assert_eq!(fx.len(), 2);
    assert!(fx.iter().all(|e| matches!(e, Effect::Cancel { .. })));
    assert_eq!(app.screen, Screen::Lesson, "Esc cancels first, stays");
    for (job, lang) in runs {
        act(
            &mut app,
            Action::SnippetDone {
                job,
                lang,
                result: Ok(verdict(Outcome::Cancelled)),
            },
        );
    }
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Catalog);
}

#[test]
fn lesson_focus_scroll_zoom_and_swap() {
    let mut app = app_at(Some("basics"), (80, 24));
    assert_eq!(app.lesson.as_ref().unwrap().focus, LessonPane::Prose);
    press(&mut app, key(KeyCode::Tab));
    assert_eq!(
        app.lesson.as_ref().unwrap().focus,
        LessonPane::Code(Lang::Go)
    );
    for _ in 0..50 {
        press(&mut app, ch('j'));
    }
    let scrolled = app.lesson.as_ref().unwrap().code_scroll[Lang::Go];
    assert!(
        scrolled > 0 && scrolled < 7,
        "scrolls and stops at the end, got {scrolled}"
    );
    press(&mut app, ch('g'));
    assert_eq!(app.lesson.as_ref().unwrap().code_scroll[Lang::Go], 0);
    press(&mut app, ch('z'));
    assert!(app.lesson.as_ref().unwrap().zoom);
    press(&mut app, ch('z'));
    let fx = press(&mut app, ch('v'));
    assert_eq!(app.from, Lang::Rust);
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::SaveSettings(s) if s.from == Some(Lang::Rust)))
    );
    assert_eq!(
        app.lesson.as_ref().unwrap().focus,
        LessonPane::Code(Lang::Go),
        "focus follows the moved pane"
    );
    press(&mut app, key(KeyCode::Tab));
    assert_eq!(
        app.lesson.as_ref().unwrap().focus,
        LessonPane::Prose,
        "focus wraps around"
    );
}

#[test]
fn lesson_mouse_click_focuses_and_wheel_scrolls_the_pane_under_it() {
    let mut app = app_at(Some("basics"), (80, 24));
    let layout = gorust::tui::ui::lesson_layout(&app).unwrap();
    let code = layout.code[Lang::Rust].unwrap();
    act(
        &mut app,
        Action::Click {
            column: code.x + 2,
            row: code.y + 2,
        },
    );
    assert_eq!(
        app.lesson.as_ref().unwrap().focus,
        LessonPane::Code(Lang::Rust)
    );
    let go = layout.code[Lang::Go].unwrap();
    act(
        &mut app,
        Action::Scroll {
            column: go.x + 2,
            row: go.y + 1,
            down: true,
        },
    );
    assert!(app.lesson.as_ref().unwrap().code_scroll[Lang::Go] > 0);
}

// ---------------------------------------------------------------- exercise

/// A copy that cannot be read says why in the task pane (the status line
/// is too short for it), and the next check asks for the files again: once
/// mended outside, the pane and the watch come back.
#[test]
fn unreadable_copies_say_why_and_a_check_asks_again() {
    let mut app = app_at(Some("basics-borrow"), (100, 30));
    let error = gorust::tui::services::ServiceError::io(
        "read",
        std::path::Path::new(LEARNER_FILE),
        std::io::Error::other("it is not UTF-8 text"),
    );
    act(
        &mut app,
        Action::FilesReady {
            exercise: "basics-borrow".into(),
            result: Err(error),
        },
    );
    let screen = screen_text(&app);
    assert!(screen.contains("it is not UTF-8"), "{screen}");
    assert!(!screen.contains("preparing your copy"), "{screen}");

    let fx = press(&mut app, ch('c'));
    assert!(
        fx.contains(&Effect::LoadFiles {
            exercise: "basics-borrow".into()
        }),
        "{fx:?}"
    );
    act(
        &mut app,
        Action::FilesReady {
            exercise: "basics-borrow".into(),
            result: Ok(vec![LEARNER_FILE.into()]),
        },
    );
    let view = app.exercise.as_ref().unwrap();
    assert_eq!(view.files_error, None);
    assert_eq!(view.watch, WatchState::Starting);
    // Known files are not asked for again on the next check.
    app.exercise.as_mut().unwrap().run = Default::default();
    let fx = press(&mut app, ch('c'));
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::LoadFiles { .. })),
        "{fx:?}"
    );
}

#[test]
fn exercise_files_start_the_watcher() {
    let mut app = app_at(Some("basics-borrow"), (100, 30));
    let fx = act(
        &mut app,
        Action::FilesReady {
            exercise: "basics-borrow".into(),
            result: Ok(vec![LEARNER_FILE.into()]),
        },
    );
    assert_eq!(
        fx,
        vec![
            Effect::LoadCode {
                path: LEARNER_FILE.into()
            },
            Effect::Watch {
                paths: vec![LEARNER_FILE.into()]
            }
        ]
    );
    assert_eq!(app.exercise.as_ref().unwrap().watch, WatchState::Starting);
    act(
        &mut app,
        Action::Watching(Err(WatchError::Start(notify::Error::generic(
            "inotify limit reached",
        ))
        .into())),
    );
    assert!(matches!(
        app.exercise.as_ref().unwrap().watch,
        WatchState::Failed(_)
    ));
    assert!(app.message.as_ref().unwrap().text.contains("press c"));
    assert!(screen_text(&app).contains("not watching"));
    // w retries.
    let fx = press(&mut app, ch('w'));
    assert!(matches!(fx.as_slice(), [Effect::Watch { .. }]));
}

#[test]
fn saving_the_file_checks_and_a_save_during_a_check_reruns() {
    let mut app = exercise_ready((100, 30));
    let fx = act(&mut app, Action::FileChanged(LEARNER_FILE.into()));
    let job = check_job(&fx).expect("a save checks");
    assert!(
        act(
            &mut app,
            Action::FileChanged(PathBuf::from("/elsewhere.rs"))
        )
        .is_empty()
    );
    assert!(check_job(&act(&mut app, Action::FileChanged(LEARNER_FILE.into()))).is_none());
    assert!(app.exercise.as_ref().unwrap().run.again_requested());
    let fx = act(
        &mut app,
        Action::CheckDone {
            job,
            exercise: "basics-borrow".into(),
            result: Ok(wrong_output()),
            progress: Some(attempted(1)),
        },
    );
    assert!(
        check_job(&fx).is_some(),
        "the second save is checked after the first check"
    );
}

/// The first build of a page with crates takes seconds: while cargo builds
/// it, the Rust output says so and names `gorust prepare` (it said only
/// "Building…"); the Go side, and the run once built, do not.
#[test]
fn a_page_with_crates_says_what_its_build_is_doing() {
    let mut pack = pack();
    pack.lessons[0].pages[1].inputs.crates = vec!["tokio".into()];
    let mut init = init((160, 48));
    init.options.open = Some("basics".into());
    let (mut app, _) = App::new(Arc::new(pack), init);
    press(&mut app, ch('l'));
    let fx = press(&mut app, ch('r'));
    let jobs: Vec<(u64, Lang)> = fx
        .iter()
        .filter_map(|e| match e {
            Effect::RunSnippet { job, run, .. } => Some((*job, run.program.lang)),
            _ => None,
        })
        .collect();
    assert_eq!(jobs.len(), 2, "{fx:?}");
    for &(job, _) in &jobs {
        act(
            &mut app,
            Action::Job {
                job,
                event: RunEvent::PhaseStarted(Phase::Build),
            },
        );
    }
    let rust = gorust::tui::content::lesson_pane(&app, LessonPane::Output(Lang::Rust), 70);
    let go = gorust::tui::content::lesson_pane(&app, LessonPane::Output(Lang::Go), 70);
    let text = |lines: &[ratatui::text::Line]| -> String {
        lines.iter().map(|l| format!("{l}\n")).collect()
    };
    assert!(
        text(&rust).contains("first build of tokio takes a few seconds"),
        "{}",
        text(&rust)
    );
    assert!(text(&rust).contains("gorust prepare"));
    assert!(!text(&go).contains("cargo"), "{}", text(&go));
    let rust_job = jobs.iter().find(|(_, l)| *l == Lang::Rust).unwrap().0;
    act(
        &mut app,
        Action::Job {
            job: rust_job,
            event: RunEvent::PhaseStarted(Phase::Run),
        },
    );
    let rust = gorust::tui::content::lesson_pane(&app, LessonPane::Output(Lang::Rust), 70);
    assert!(!text(&rust).contains("gorust prepare"), "{}", text(&rust));
}

#[test]
fn check_key_esc_cancels_and_stale_results_are_ignored() {
    let mut app = exercise_ready((100, 30));
    let (job, token) = check_started(&press(&mut app, ch('c'))).unwrap();
    assert!(
        check_job(&press(&mut app, ch('c'))).is_none(),
        "one check at a time"
    );
    assert_eq!(
        press(&mut app, key(KeyCode::Esc)),
        vec![Effect::Cancel { job, token }]
    );
    assert_eq!(app.screen, Screen::Exercise);
    act(
        &mut app,
        Action::CheckDone {
            job: job + 100,
            exercise: "basics-borrow".into(),
            result: Ok(verdict(Outcome::Passed)),
            progress: Some(attempted(1)),
        },
    );
    assert!(
        app.exercise.as_ref().unwrap().run.running(),
        "a stale job does not end this one"
    );
    act(
        &mut app,
        Action::CheckDone {
            job,
            exercise: "basics-borrow".into(),
            result: Ok(verdict(Outcome::Cancelled)),
            progress: Some(attempted(1)),
        },
    );
    assert!(!app.exercise.as_ref().unwrap().run.running());
    assert!(app.message.as_ref().unwrap().text.contains("cancelled"));
}

#[test]
fn runner_events_stream_into_the_result() {
    let mut app = exercise_ready((100, 30));
    let job = check_job(&press(&mut app, ch('c'))).unwrap();
    act(
        &mut app,
        Action::Job {
            job,
            event: RunEvent::BuildProgress {
                unit: "tokio".into(),
                done: 3,
                total: 9,
            },
        },
    );
    for i in 0..3000 {
        act(
            &mut app,
            Action::Job {
                job,
                event: RunEvent::Output {
                    stream: gorust::runner::Stream::Stdout,
                    line: format!("line {i}"),
                },
            },
        );
    }
    let RunState::Running(run) = app.exercise.as_ref().unwrap().run.state() else {
        panic!("the check runs");
    };
    assert_eq!(run.progress, Some(("tokio".into(), 3, 9)));
    assert!(
        run.live.len() <= gorust::tui::job::LIVE_LINES,
        "live output is capped"
    );
    assert_eq!(run.live.last().unwrap().1, "line 2999");
    assert!(screen_text(&app).contains("3/9 tokio"));
}

#[test]
fn editors_hint_and_watch_keys() {
    let mut app = exercise_ready((100, 30));
    assert_eq!(
        press(&mut app, ch('e')),
        vec![Effect::ExternalEditor {
            path: LEARNER_FILE.into()
        }]
    );
    assert_eq!(
        press(&mut app, ch('i')),
        vec![Effect::ReadFile {
            path: LEARNER_FILE.into()
        }]
    );
    assert_eq!(
        press(&mut app, ch('a')),
        vec![Effect::NextHint {
            exercise: "basics-borrow".into()
        }]
    );
    assert_eq!(press(&mut app, ch('w')), vec![Effect::Unwatch]);
    assert_eq!(app.exercise.as_ref().unwrap().watch, WatchState::Off);
    assert!(screen_text(&app).contains("Stopped watching"));
    // The message follows the state: watching again says so.
    let fx = press(&mut app, ch('w'));
    assert!(matches!(fx.as_slice(), [Effect::Watch { .. }]), "{fx:?}");
    let screen = screen_text(&app);
    assert!(screen.contains("Watching your file"), "{screen}");
    assert!(!screen.contains("Stopped watching"), "{screen}");
    act(&mut app, Action::Watching(Ok(())));
    assert_eq!(app.exercise.as_ref().unwrap().watch, WatchState::On);
    press(&mut app, ch('w'));
    // The external editor changed the file and nothing watches: check.
    assert!(check_job(&act(&mut app, Action::EditorReturned(Ok(true)))).is_some());
}

#[test]
fn hints_accumulate_and_run_out() {
    let mut app = exercise_ready((100, 30));
    let hint = |index: usize, text: &str| Action::HintReady {
        exercise: "basics-borrow".into(),
        result: Ok(Some(gorust::tui::services::Hint {
            index,
            total: 2,
            text: text.into(),
        })),
    };
    // The engine's contract: 1-based, and the last one again once all are shown.
    act(&mut app, hint(1, "first"));
    act(&mut app, hint(2, "second"));
    act(&mut app, hint(2, "second"));
    assert_eq!(
        app.exercise.as_ref().unwrap().hints,
        vec!["first".to_owned(), "second".to_owned()]
    );
    assert!(app.message.as_ref().unwrap().text.contains("last hint"));
    assert_eq!(app.progress_of("basics-borrow").hints_shown, 2);
}

#[test]
fn a_new_hint_is_scrolled_into_view() {
    let mut app = exercise_ready((80, 24));
    let long = "a hint long enough to need several rows at this width, ".repeat(4);
    for (index, text) in [(1, long.as_str()), (2, "LAST-HINT-SHOWN")] {
        act(
            &mut app,
            Action::HintReady {
                exercise: "basics-borrow".into(),
                result: Ok(Some(gorust::tui::services::Hint {
                    index,
                    total: 2,
                    text: text.into(),
                })),
            },
        );
    }
    assert!(app.exercise.as_ref().unwrap().task_scroll > 0);
    let screen = screen_text(&app);
    assert!(screen.contains("LAST-HINT-SHOWN"), "{screen}");
}

#[test]
fn solution_needs_a_pass_or_a_yes() {
    let mut app = exercise_ready((100, 30));
    assert!(press(&mut app, ch('s')).is_empty());
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::ShowSolution)));
    assert!(press(&mut app, ch('n')).is_empty());
    assert_eq!(app.overlay, None);
    press(&mut app, ch('s'));
    assert_eq!(
        press(&mut app, ch('y')),
        vec![Effect::Solution {
            exercise: "basics-borrow".into(),
            force: true
        }]
    );
    act(
        &mut app,
        Action::SolutionReady {
            exercise: "basics-borrow".into(),
            result: Ok(vec![solution_file("borrow.rs", "fn main() {}\n", None)]),
        },
    );
    assert!(matches!(app.overlay, Some(Overlay::Solution { .. })));
    press(&mut app, ch('j'));
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, None);
    finish_check(&mut app, verdict(Outcome::Passed), passed(1));
    assert_eq!(
        press(&mut app, ch('s')),
        vec![Effect::Solution {
            exercise: "basics-borrow".into(),
            force: false
        }]
    );
    act(
        &mut app,
        Action::SolutionReady {
            exercise: "basics-borrow".into(),
            result: Err(EngineError::NotPassedYet("basics-borrow".into()).into()),
        },
    );
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::ShowSolution)));
}

#[test]
fn reset_asks_then_unwatches_resets_and_watches_again() {
    let mut app = exercise_ready((100, 30));
    assert!(press(&mut app, ch('x')).is_empty());
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::Reset)));
    let fx = press(&mut app, ch('y'));
    assert_eq!(
        fx,
        vec![
            Effect::Unwatch,
            Effect::Reset {
                exercise: "basics-borrow".into()
            }
        ]
    );
    let fx = act(
        &mut app,
        Action::ResetDone {
            exercise: "basics-borrow".into(),
            result: Ok(vec!["/tmp/borrow.rs.1.bak".into()]),
        },
    );
    assert_eq!(
        fx,
        vec![
            Effect::LoadCode {
                path: LEARNER_FILE.into()
            },
            Effect::Watch {
                paths: vec![LEARNER_FILE.into()]
            }
        ],
        "show the starter, and watch again"
    );
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("/tmp/borrow.rs.1.bak")
    );
}

#[test]
fn compile_error_offers_the_explaining_page_and_comes_back() {
    let mut app = exercise_ready((120, 36));
    finish_check(&mut app, compile_error(), attempted(1));
    assert!(gorust::tui::ui::footer_text(&app).starts_with("o page Moving a String"));
    press(&mut app, ch('o'));
    assert_eq!(app.screen, Screen::Lesson);
    let (view, lesson, page) = app.current_lesson().unwrap();
    assert_eq!((lesson.id.as_str(), view.page), ("basics", 1));
    assert!(page.explains.contains(&"E0382".to_owned()));
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Exercise);
    assert_eq!(app.current_exercise().unwrap().2.id, "basics-borrow");
}

/// A result belongs to its exercise: `o` then Esc, or another exercise and
/// back, shows the same verdict; a newer check replaces it, a reset forgets it.
#[test]
fn a_checks_result_is_kept_when_leaving_and_coming_back() {
    let mut app = exercise_ready((120, 36));
    finish_check(&mut app, compile_error(), attempted(1));
    press(&mut app, ch('o'));
    assert_eq!(app.screen, Screen::Lesson);
    press(&mut app, key(KeyCode::Esc));
    let (view, _, _) = app.current_exercise().unwrap();
    assert_eq!(view.run.verdict(), Some(&compile_error()));
    assert!(screen_text(&app).contains("E0382"));
    assert!(!screen_text(&app).contains("Not checked yet"));

    // Another exercise has its own (none), and coming back keeps this one.
    press(&mut app, ch('n'));
    assert!(app.current_exercise().unwrap().0.run.idle());
    press(&mut app, ch('h'));
    assert_eq!(app.current_exercise().unwrap().2.id, "basics-borrow");
    assert_eq!(
        app.current_exercise().unwrap().0.run.verdict(),
        Some(&compile_error())
    );

    // A newer check replaces it.
    finish_check(&mut app, verdict(Outcome::Passed), passed(2));
    press(&mut app, ch('n'));
    press(&mut app, ch('h'));
    assert!(
        app.current_exercise()
            .unwrap()
            .0
            .run
            .verdict()
            .unwrap()
            .passed()
    );

    // A check that ends after leaving still lands on its exercise.
    let fx = press(&mut app, ch('c'));
    let job = check_job(&fx).unwrap();
    press(&mut app, ch('n'));
    act(
        &mut app,
        Action::CheckDone {
            job,
            exercise: "basics-borrow".into(),
            result: Ok(compile_error()),
            progress: Some(attempted(3)),
        },
    );
    assert!(
        app.current_exercise().unwrap().0.run.idle(),
        "not shown on the other one"
    );
    press(&mut app, ch('h'));
    assert_eq!(
        app.current_exercise().unwrap().0.run.verdict(),
        Some(&compile_error())
    );
}

#[test]
fn kept_verdicts_are_bounded_and_the_oldest_goes_first() {
    use gorust::tui::app::{KEPT_VERDICTS, RecentVerdicts};
    let mut kept = RecentVerdicts::default();
    for i in 0..=KEPT_VERDICTS {
        kept.keep(&format!("ex-{i}"), verdict(Outcome::Passed));
    }
    assert_eq!(kept.len(), KEPT_VERDICTS);
    assert!(kept.get("ex-0").is_none(), "the oldest is forgotten");
    assert!(kept.get(&format!("ex-{KEPT_VERDICTS}")).is_some());
    kept.keep("ex-1", compile_error());
    assert_eq!(
        kept.len(),
        KEPT_VERDICTS,
        "a newer verdict replaces, not adds"
    );
    assert_eq!(kept.get("ex-1"), Some(&compile_error()));
    kept.forget("ex-1");
    assert!(kept.get("ex-1").is_none());
}

/// After a pass, N goes to the next exercise not passed (the rest of the
/// lesson, then the next lessons, then the first one left: `gorust next`'s
/// order); the footer and the result offer it only after a pass.
#[test]
fn after_a_pass_n_goes_to_the_next_unfinished_exercise() {
    let mut app = exercise_ready((120, 36));
    assert!(!gorust::tui::ui::footer_text(&app).contains("N next unfinished"));
    finish_check(&mut app, compile_error(), attempted(1));
    assert!(!gorust::tui::ui::footer_text(&app).contains("N next unfinished"));
    finish_check(&mut app, verdict(Outcome::Passed), passed(2));
    let footer = gorust::tui::ui::footer_text(&app);
    assert!(footer.starts_with("N next unfinished"), "{footer}");
    assert!(screen_text(&app).contains("N: next unfinished"));

    // The quiz after it in the same lesson is next.
    press(&mut app, ch('N'));
    assert_eq!(app.current_exercise().unwrap().2.id, "basics-predict");

    // With it passed too, N from basics-borrow skips it into the next lesson.
    app.progress.insert("basics-predict".into(), passed(1));
    gorust::tui::update::open_id(&mut app, "basics-borrow", &mut Vec::new());
    press(&mut app, ch('N'));
    let (_, lesson, exercise) = app.current_exercise().unwrap();
    assert_eq!(lesson.id, "threads");
    assert_eq!(
        Some(exercise.id.as_str()),
        lesson.exercises.first().map(|e| e.id.as_str())
    );

    // From the last lesson, it wraps to the first exercise left (as gorust next).
    let ids: Vec<String> = app
        .pack
        .lessons
        .iter()
        .flat_map(|l| l.exercises.iter().map(|e| e.id.clone()))
        .collect();
    for id in &ids[1..] {
        app.progress.insert(id.clone(), passed(1));
    }
    app.progress.remove(&ids[0]);
    let last = ids.last().unwrap().clone();
    gorust::tui::update::open_id(&mut app, &last, &mut Vec::new());
    press(&mut app, ch('N'));
    assert_eq!(app.current_exercise().unwrap().2.id, ids[0]);
    assert_eq!(app.first_unfinished(), app.unfinished_after(None));

    // Everything passed: it says so and stays.
    app.progress.insert(ids[0].clone(), passed(1));
    press(&mut app, ch('N'));
    assert_eq!(app.current_exercise().unwrap().2.id, ids[0]);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("Every exercise is passed")
    );
}

/// The code pane reads the learner's file when the copy is ready and again
/// on every save (from any editor), and scrolls to the line the verdict
/// points at.
#[test]
fn the_code_pane_follows_saves_and_scrolls_to_the_error_line() {
    let mut app = app_at(Some("basics-borrow"), (160, 48));
    let fx = act(
        &mut app,
        Action::FilesReady {
            exercise: "basics-borrow".into(),
            result: Ok(vec![PathBuf::from(LEARNER_FILE)]),
        },
    );
    assert!(fx.contains(&Effect::LoadCode {
        path: PathBuf::from(LEARNER_FILE)
    }));
    act(&mut app, Action::Watching(Ok(())));
    // A long file whose error sits far down: 60 lines, the move on line 50.
    let mut long: String = (1..50).map(|i| format!("// line {i}\n")).collect();
    long.push_str("    println!(\"{v:?}\");\n");
    long.push_str(&"// more\n".repeat(10));
    load_code(&mut app, &long);
    assert_eq!(
        app.exercise.as_ref().unwrap().code_scroll,
        0,
        "nothing to point at yet"
    );
    let mut error = compile_error();
    let moved = RUSTC_E0382.replace("borrow.rs:8:16", "borrow.rs:50:16");
    error.outcome = Outcome::CompileError {
        diagnostics: moved,
        codes: vec!["E0382".into()],
    };
    finish_check(&mut app, error, attempted(1));
    assert_eq!(app.marked_line(), Some(50));
    let scroll = app.exercise.as_ref().unwrap().code_scroll;
    let rows = gorust::tui::layout::pane_rows(&app, gorust::tui::layout::ScrollTarget::Source);
    assert!(
        usize::from(scroll) < 50 && 50 <= usize::from(scroll + rows),
        "line 50 is on screen: scroll {scroll}, rows {rows}"
    );
    assert!(screen_text(&app).contains("50▶"));

    // A save from another editor: the watcher's event reads the file again.
    let fx = act(&mut app, Action::FileChanged(PathBuf::from(LEARNER_FILE)));
    assert!(fx.contains(&Effect::LoadCode {
        path: PathBuf::from(LEARNER_FILE)
    }));
    load_code(&mut app, LEARNER_CODE);
    assert!(screen_text(&app).contains("println!(\"total = {t}\");"));

    // A read for a file that is no longer shown is dropped.
    act(
        &mut app,
        Action::CodeLoaded {
            path: PathBuf::from("/elsewhere/other.rs"),
            result: Ok("other".into()),
        },
    );
    assert_eq!(
        app.exercise.as_ref().unwrap().code.as_deref(),
        Some(LEARNER_CODE)
    );
}

#[test]
fn error_lines_come_from_rules_and_diagnostics_of_the_file_shown() {
    use gorust::tui::app::error_line;
    let rule = verdict(Outcome::RuleFailed {
        message: "no unwrap".into(),
        file: Some("shout.rs".into()),
        line: Some(12),
    });
    assert_eq!(error_line(&rule, "shout.rs"), Some(12));
    assert_eq!(error_line(&rule, "main.rs"), None, "another file's rule");
    let go = verdict(Outcome::CompileError {
        diagnostics: "# example\n./main.go:7:2: declared and not used: x\n".into(),
        codes: vec![],
    });
    assert_eq!(error_line(&go, "main.go"), Some(7));
    let warned_first = verdict(Outcome::CompileError {
        diagnostics: "warning: variable does not need to be mutable\n  --> teams.rs:11:9\n\nerror[E0596]: cannot borrow data in an index of `HashMap` as mutable\n  --> teams.rs:13:9\n".into(),
        codes: vec!["E0596".into()],
    });
    assert_eq!(
        error_line(&warned_first, "teams.rs"),
        Some(13),
        "the error, not the warning"
    );
    let tests = verdict(Outcome::TestsFailed {
        output: "--- FAIL: TestAdd\n    xmain_test.go:3: no\n    main_test.go:9: got 2\n".into(),
    });
    assert_eq!(
        error_line(&tests, "main_test.go"),
        Some(9),
        "xmain_test.go is another file"
    );
    let race = verdict(Outcome::Race {
        report: "WARNING: DATA RACE\nRead at 0x00c0000180f8 by goroutine 7:\n  main.(*Account).Deposit()\n      account.go:13 +0x7e\n  main.main.func1()\n      account.go:27 +0x79\n".into(),
    });
    assert_eq!(
        error_line(&race, "account.go"),
        Some(13),
        "the racing access"
    );
    assert_eq!(error_line(&verdict(Outcome::Passed), "main.go"), None);
}

/// Below 100 columns Tab shows the task, the code, then the result larger;
/// the result (and its headline) is on screen in every one.
#[test]
fn narrow_tab_switches_task_code_and_result_keeping_the_verdict() {
    let mut app = exercise_ready((80, 24));
    load_code(&mut app, LEARNER_CODE);
    finish_check(&mut app, compile_error(), attempted(1));
    let mut shown = Vec::new();
    for _ in 0..3 {
        let l = gorust::tui::layout::exercise_layout(&app).unwrap();
        assert!(l.result.is_some(), "the result stays");
        assert!(screen_text(&app).contains("Compile error"));
        shown.push((
            l.task.is_some(),
            l.code.is_some(),
            app.exercise.as_ref().unwrap().focus,
        ));
        press(&mut app, key(KeyCode::Tab));
    }
    assert_eq!(
        shown,
        vec![
            (true, false, ExercisePane::Task),
            (false, true, ExercisePane::Code),
            (true, false, ExercisePane::Result),
        ]
    );
    assert_eq!(app.exercise.as_ref().unwrap().focus, ExercisePane::Task);
}

#[test]
fn exercises_next_and_previous() {
    let mut app = exercise_ready((100, 30));
    press(&mut app, ch('n'));
    assert_eq!(app.current_exercise().unwrap().2.id, "basics-predict");
    press(&mut app, ch('n'));
    assert_eq!(app.screen, Screen::Lesson);
    assert_eq!(app.current_lesson().unwrap().1.id, "threads");
    press(&mut app, ch('h'));
    assert_eq!(
        app.current_exercise().unwrap().2.id,
        "basics-predict",
        "back from a lesson's first page"
    );
    press(&mut app, ch('h'));
    assert_eq!(app.current_exercise().unwrap().2.id, "basics-borrow");
    press(&mut app, key(KeyCode::Left));
    assert_eq!(app.screen, Screen::Lesson);
    // l walks forward on exercises as on pages; it never asks for a hint.
    press(&mut app, ch('l'));
    assert_eq!(app.current_exercise().unwrap().2.id, "basics-borrow");
    assert!(app.exercise.as_ref().unwrap().hints.is_empty());
}

/// One meaning per key: on every screen (and among the global keys) a key
/// does one thing, except the "forward" keys the help names, and no key is
/// listed twice in one table (the second would never fire).
#[test]
fn no_key_has_two_meanings_across_screens() {
    use gorust::tui::keymap::{self, Binding, FORWARD, GLOBAL, SCREENS, SHARED_KEYS_NOTE};
    let mut seen: Vec<(keymap::Key, Action, &str)> = Vec::new();
    let mut tables: Vec<(&str, &[Binding])> = vec![("global", GLOBAL)];
    for context in SCREENS {
        tables.push((keymap_name(context), keymap::bindings(context)));
    }
    for (name, table) in tables {
        let mut here: Vec<keymap::Key> = Vec::new();
        for binding in table {
            for key in binding.keys {
                assert!(!here.contains(key), "{key:?} twice in {name}");
                here.push(*key);
                for (other, action, where_) in &seen {
                    if other != key || *action == binding.action {
                        continue;
                    }
                    let forward = FORWARD.contains(action) && FORWARD.contains(&binding.action);
                    assert!(
                        forward,
                        "{key:?} means {action:?} in {where_} and {:?} in {name}",
                        binding.action
                    );
                }
                seen.push((*key, binding.action.clone(), name));
            }
        }
    }
    assert!(SHARED_KEYS_NOTE[0].contains("forward"));
    // The help overlay says so.
    let mut app = exercise_ready((100, 40));
    press(&mut app, ch('?'));
    let screen = screen_text(&app);
    assert!(screen.contains("go forward"), "{screen}");
}

/// The footer is made from the same tables as the help: every binding it
/// shows has a few words for it, so a reworded help text cannot spill a
/// sentence into the footer.
#[test]
fn footer_words_come_from_the_tables_and_stay_short() {
    use gorust::tui::keymap::{self, Context, GLOBAL};
    let contexts = [
        Context::Welcome,
        Context::Catalog,
        Context::Filter,
        Context::Lesson,
        Context::Exercise,
        Context::Quiz,
        Context::Editor,
        Context::Confirm,
        Context::Help,
    ];
    for context in contexts {
        for b in keymap::bindings(context).iter().chain(GLOBAL) {
            if b.footer {
                assert!(
                    b.short.len() <= 12,
                    "{context:?}: {} shows \"{}\" in the footer",
                    b.label,
                    b.short
                );
            }
        }
    }
}

fn keymap_name(context: gorust::tui::keymap::Context) -> &'static str {
    use gorust::tui::keymap::Context;
    match context {
        Context::Welcome => "welcome",
        Context::Catalog => "catalog",
        Context::Lesson => "lesson",
        Context::Exercise => "exercise",
        _ => "quiz",
    }
}

#[test]
fn leaving_an_exercise_stops_watching() {
    let mut app = exercise_ready((100, 30));
    let fx = press(&mut app, ch('n'));
    assert!(fx.contains(&Effect::Unwatch));
}

#[test]
fn exercise_tab_focus_and_scroll() {
    let mut app = exercise_ready((80, 24));
    finish_check(&mut app, compile_error(), attempted(1));
    press(&mut app, key(KeyCode::Tab));
    assert_eq!(app.exercise.as_ref().unwrap().focus, ExercisePane::Result);
    press(&mut app, key(KeyCode::PageDown));
    assert!(app.exercise.as_ref().unwrap().result_scroll > 0);
    press(&mut app, key(KeyCode::Home));
    assert_eq!(app.exercise.as_ref().unwrap().result_scroll, 0);
}

// ---------------------------------------------------------------- quiz

#[test]
fn quiz_answers_with_numbers() {
    let mut app = app_at(Some("basics-predict"), (100, 30));
    assert_eq!(
        press(&mut app, ch('2')),
        vec![Effect::Answer {
            exercise: "basics-predict".into(),
            choice: 1
        }]
    );
    assert!(press(&mut app, ch('9')).is_empty());
    assert!(app.message.as_ref().unwrap().text.contains("1 to 3"));
    assert!(press(&mut app, ch('c')).is_empty(), "no check on a quiz");
    act(
        &mut app,
        Action::Answered {
            exercise: "basics-predict".into(),
            choice: 1,
            result: Ok(false),
            progress: Some(attempted(1)),
        },
    );
    assert!(
        !screen_text(&app).contains("moves the String"),
        "explained only once right"
    );
    act(
        &mut app,
        Action::Answered {
            exercise: "basics-predict".into(),
            choice: 2,
            result: Ok(true),
            progress: Some(passed(2)),
        },
    );
    assert!(screen_text(&app).contains("moves the String"));
    assert_eq!(app.progress_of("basics-predict").status, Status::Passed);
}

// ---------------------------------------------------------------- built-in editor

fn editing() -> App {
    let mut app = exercise_ready((100, 30));
    act(
        &mut app,
        Action::FileLoaded {
            path: LEARNER_FILE.into(),
            result: Ok("fn main() {}\n".into()),
        },
    );
    assert!(app.exercise.as_ref().unwrap().editor.is_some());
    app
}

/// Wide, the task (often the exact output expected) stays beside the
/// built-in editor, over the result; the wheel over the editor moves the
/// editor, over the task the task.
#[test]
fn the_task_stays_in_view_beside_the_builtin_editor() {
    let mut app = editing();
    act(&mut app, Action::Resize(120, 30));
    let layout = gorust::tui::layout::exercise_layout(&app).unwrap();
    let editor = layout.code.unwrap();
    assert!(layout.task.is_some() && layout.result.is_some());
    assert_eq!(gorust::tui::layout::editor_area(&app), Some(editor));
    let screen = screen_text(&app);
    assert!(screen.contains("Editing borrow.rs"), "{screen}");
    assert!(
        screen.contains("Make total borrow it"),
        "the task: {screen}"
    );
    let lines: String = (0..60).map(|i| format!("// {i}\n")).collect();
    app.exercise.as_mut().unwrap().editor = Some(gorust::tui::editor::Editor::new(
        LEARNER_FILE.into(),
        Lang::Rust,
        &lines,
    ));
    act(
        &mut app,
        Action::Scroll {
            column: editor.x + 2,
            row: editor.y + 2,
            down: true,
        },
    );
    assert_eq!(
        app.exercise.as_ref().unwrap().editor.as_ref().unwrap().top,
        3
    );
    assert_eq!(app.exercise.as_ref().unwrap().task_scroll, 0);
    // Short enough that the task pane scrolls.
    act(&mut app, Action::Resize(120, 16));
    let task = gorust::tui::layout::exercise_layout(&app)
        .unwrap()
        .task
        .unwrap();
    let top = app.exercise.as_ref().unwrap().editor.as_ref().unwrap().top;
    act(
        &mut app,
        Action::Scroll {
            column: task.x + 2,
            row: task.y + 1,
            down: true,
        },
    );
    assert!(app.exercise.as_ref().unwrap().task_scroll > 0);
    assert_eq!(
        app.exercise.as_ref().unwrap().editor.as_ref().unwrap().top,
        top
    );
}

/// Below 100 columns the task keeps a short pane above the editor (issue
/// 11: it was hidden while editing), the result's headline under it; its
/// title names Ctrl-T, which pages through the task and back to its top.
#[test]
fn the_task_stays_in_view_above_the_builtin_editor_at_80x24() {
    let mut app = editing();
    act(&mut app, Action::Resize(80, 24));
    let layout = gorust::tui::layout::exercise_layout(&app).unwrap();
    let (task, editor, result) = (
        layout.task.expect("a task pane while editing"),
        layout.code.unwrap(),
        layout.result.unwrap(),
    );
    assert!(task.y < editor.y && editor.y < result.y, "{layout:?}");
    assert_eq!(gorust::tui::layout::editor_area(&app), Some(editor));
    let screen = screen_text(&app);
    assert!(screen.contains("takes ownership of the vector"), "{screen}");
    assert!(screen.contains("Ctrl-T more"), "{screen}");
    assert!(screen.contains("Not checked yet"), "{screen}");
    let max = gorust::tui::layout::max_scroll(&app, gorust::tui::layout::ScrollTarget::Task);
    assert!(max > 0, "the task is longer than its pane");
    let mut seen = vec![];
    for _ in 0..20 {
        press(&mut app, ctrl('t'));
        let scroll = app.exercise.as_ref().unwrap().task_scroll;
        seen.push(scroll);
        if scroll == 0 {
            break;
        }
    }
    assert!(seen[0] > 0, "{seen:?}");
    assert!(seen.contains(&max), "reaches the task's end: {seen:?}");
    assert_eq!(seen.last(), Some(&0), "then its top again: {seen:?}");
    assert_eq!(editor_text(&app), "fn main() {}\n", "Ctrl-T types nothing");
}

#[test]
fn editor_types_saves_and_undoes() {
    let mut app = editing();
    press(&mut app, ch('q'));
    assert!(!app.quit, "q is a letter in the editor");
    let ed = app.exercise.as_ref().unwrap().editor.as_ref().unwrap();
    assert_eq!(ed.text(), "qfn main() {}\n");
    press(&mut app, ctrl('z'));
    assert_eq!(
        app.exercise
            .as_ref()
            .unwrap()
            .editor
            .as_ref()
            .unwrap()
            .text(),
        "fn main() {}\n"
    );
    press(&mut app, ctrl('y'));
    let fx = press(&mut app, ctrl('s'));
    assert_eq!(
        fx,
        vec![Effect::WriteFile {
            path: LEARNER_FILE.into(),
            text: "qfn main() {}\n".into()
        }]
    );
    // Watching: the save itself will trigger the check; the code pane
    // reads the saved file.
    assert_eq!(
        act(
            &mut app,
            Action::FileSaved {
                path: LEARNER_FILE.into(),
                result: Ok(())
            }
        ),
        vec![Effect::LoadCode {
            path: LEARNER_FILE.into()
        }]
    );
    assert!(
        !app.exercise
            .as_ref()
            .unwrap()
            .editor
            .as_ref()
            .unwrap()
            .modified()
    );
    press(&mut app, key(KeyCode::Esc));
    assert!(app.exercise.as_ref().unwrap().editor.is_none());
}

#[test]
fn closing_the_editor_takes_its_status_line() {
    let mut app = editing();
    assert!(screen_text(&app).contains("Editing here"));
    press(&mut app, key(KeyCode::Esc));
    assert!(app.exercise.as_ref().unwrap().editor.is_none());
    assert!(!screen_text(&app).contains("Editing here"));
}

fn editor_text(app: &App) -> String {
    app.exercise
        .as_ref()
        .unwrap()
        .editor
        .as_ref()
        .unwrap()
        .text()
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        match c {
            '\n' => press(app, key(KeyCode::Enter)),
            c => press(app, ch(c)),
        };
    }
}

#[test]
fn editor_indents_moves_to_the_ends_and_undoes_in_steps() {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let mut app = editing();
    let ctrl_key = |code| KeyEvent::new(code, KeyModifiers::CONTROL);
    // After `{` one level more (Rust: four spaces); then the same indent.
    press(&mut app, ctrl_key(KeyCode::End));
    type_text(&mut app, "\nfn two() {\nlet a = 1;\nlet b = 2;");
    assert_eq!(
        editor_text(&app),
        "fn main() {}\nfn two() {\n    let a = 1;\n    let b = 2;\n"
    );
    // A two-line insertion comes back in two steps, not one per letter.
    press(&mut app, ctrl('z'));
    assert_eq!(
        editor_text(&app),
        "fn main() {}\nfn two() {\n    let a = 1;\n"
    );
    press(&mut app, ctrl('z'));
    assert_eq!(editor_text(&app), "fn main() {}\nfn two() {\n");
    press(&mut app, ctrl('y'));
    assert_eq!(
        editor_text(&app),
        "fn main() {}\nfn two() {\n    let a = 1;\n"
    );
    // Ctrl-Home goes to the top: typing lands on the first line.
    press(&mut app, ctrl_key(KeyCode::Home));
    press(&mut app, ch('x'));
    assert!(editor_text(&app).starts_with("xfn main()"));
    // Ctrl-End to the end of the last line.
    press(&mut app, ctrl_key(KeyCode::End));
    press(&mut app, ch(';'));
    assert!(editor_text(&app).ends_with("let a = 1;;\n"));
    // Deleting is its own step.
    press(&mut app, key(KeyCode::Backspace));
    press(&mut app, key(KeyCode::Backspace));
    press(&mut app, ctrl('z'));
    assert!(editor_text(&app).ends_with("let a = 1;;\n"));
    let footer = gorust::tui::ui::footer_text(&app);
    for k in [
        "Ctrl-S save",
        "Ctrl-Z undo",
        "Ctrl-Y redo",
        "Ctrl-Home/End top/bottom",
        "Esc close",
    ] {
        assert!(footer.contains(k), "{k} missing from {footer}");
    }
}

#[test]
fn editor_save_checks_when_not_watching() {
    let mut app = editing();
    app.exercise.as_mut().unwrap().watch = WatchState::Off;
    press(&mut app, ch('x'));
    press(&mut app, ctrl('s'));
    assert!(
        check_job(&act(
            &mut app,
            Action::FileSaved {
                path: LEARNER_FILE.into(),
                result: Ok(())
            }
        ))
        .is_some()
    );
}

#[test]
fn editor_close_and_quit_ask_about_unsaved_edits() {
    let mut app = editing();
    press(&mut app, ch('x'));
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::DiscardEdits)));
    press(&mut app, ch('n'));
    assert!(app.exercise.as_ref().unwrap().editor.is_some());
    press(&mut app, key(KeyCode::Esc));
    press(&mut app, ch('y'));
    assert!(app.exercise.as_ref().unwrap().editor.is_none());

    let mut app = editing();
    press(&mut app, ch('x'));
    act(&mut app, Action::Quit);
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::QuitDiscarding)));
    press(&mut app, ch('y'));
    assert!(app.quit);
}

// ---------------------------------------------------------------- everywhere

#[test]
fn help_opens_scrolls_and_closes() {
    let mut app = app_at(None, (100, 20));
    press(&mut app, ch('?'));
    assert_eq!(app.overlay, Some(Overlay::Help { scroll: 0 }));
    press(&mut app, ch('j'));
    assert_eq!(app.overlay, Some(Overlay::Help { scroll: 1 }));
    press(&mut app, ch('G'));
    let Some(Overlay::Help { scroll }) = app.overlay else {
        panic!()
    };
    assert!(scroll > 10);
    press(&mut app, ch('?'));
    assert_eq!(app.overlay, None);
    assert!(!app.quit, "q in help closes it, ? too; nothing quits");
}

#[test]
fn q_quits_and_cancels_running_work() {
    let mut app = exercise_ready((100, 30));
    let (job, token) = check_started(&press(&mut app, ch('c'))).unwrap();
    let fx = press(&mut app, ch('q'));
    assert_eq!(fx, vec![Effect::Cancel { job, token }]);
    assert!(app.quit);
}

#[test]
fn ctrl_c_cancels_first_then_quits() {
    let mut app = exercise_ready((100, 30));
    let (job, token) = check_started(&press(&mut app, ch('c'))).unwrap();
    assert_eq!(
        press(&mut app, ctrl('c')),
        vec![Effect::Cancel { job, token }]
    );
    assert!(!app.quit);
    act(
        &mut app,
        Action::CheckDone {
            job,
            exercise: "basics-borrow".into(),
            result: Ok(verdict(Outcome::Cancelled)),
            progress: Some(attempted(1)),
        },
    );
    press(&mut app, ctrl('c'));
    assert!(app.quit);
}

#[test]
fn theme_toggles_and_is_remembered() {
    let mut app = app_at(None, (100, 30));
    let fx = press(&mut app, ch('t'));
    assert_eq!(app.theme, Theme::Light);
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::SaveSettings(s) if s.theme == Some(Theme::Light)))
    );
}

#[test]
fn too_small_only_quits() {
    let mut app = app_at(None, (100, 30));
    act(&mut app, Action::Resize(50, 10));
    assert!(app.too_small());
    assert!(press(&mut app, ch('j')).is_empty());
    assert_eq!(app.catalog.selected, 0);
    assert!(screen_text(&app).contains("Terminal too small"));
    act(&mut app, Action::Resize(100, 30));
    assert!(!app.too_small());
    press(&mut app, ch('q'));
    assert!(app.quit);
}

#[test]
fn footer_shows_the_keys_of_each_screen() {
    let mut app = app_at(None, (120, 30));
    assert!(gorust::tui::ui::footer_text(&app).contains("Enter open"));
    press(&mut app, key(KeyCode::Enter));
    assert!(gorust::tui::ui::footer_text(&app).contains("r run"));
    let app = exercise_ready((120, 30));
    let footer = gorust::tui::ui::footer_text(&app);
    for k in ["c check", "e edit", "a hint", "s solution"] {
        assert!(footer.contains(k), "{k} missing from {footer}");
    }
    let app = editing();
    assert!(gorust::tui::ui::footer_text(&app).contains("Ctrl-S save"));
}

/// At 80 columns the help's notes are wider than its box: they wrap,
/// nothing is cut at the border.
#[test]
fn the_help_wraps_at_80_columns() {
    let mut app = exercise_ready((80, 24));
    press(&mut app, ch('?'));
    let screen = screen_text(&app);
    for end in ["and a click selects.", "y or n answers.", "dragging."] {
        assert!(screen.contains(end), "{end}: {screen}");
    }
    press(&mut app, key(KeyCode::End));
    let screen = screen_text(&app);
    assert!(screen.contains("--theme light|dark."), "{screen}");
}

/// Over a quiz the help gives the quiz's own range, as its footer and
/// body do, not the table's 1-9.
#[test]
fn the_help_over_a_quiz_gives_its_range() {
    let mut app = app_at(Some("basics-predict"), (100, 40));
    let choices = match &app.current_exercise().unwrap().2.kind {
        gorust::pack::ExerciseKind::Quiz(q) => q.choices.len(),
        gorust::pack::ExerciseKind::Code(_) => panic!("basics-predict is a quiz"),
    };
    let range = format!("1-{choices}");
    assert!(gorust::tui::ui::footer_text(&app).contains(&format!("{range} answer")));
    press(&mut app, ch('?'));
    let screen = screen_text(&app);
    assert!(screen.contains(&format!("  {range}  ")), "{screen}");
    assert!(!screen.contains("1-9"), "{screen}");
}

#[test]
fn an_overlay_footer_does_not_offer_the_keys_that_close_it() {
    let mut app = exercise_ready((120, 30));
    press(&mut app, ch('?'));
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    let footer = gorust::tui::ui::footer_text(&app);
    assert!(footer.contains("Esc close"), "{footer}");
    assert!(!footer.contains("q quit"), "{footer}");
    assert!(!footer.contains("? help"), "{footer}");
    // What the footer no longer says: q closes the overlay, it does not quit.
    press(&mut app, ch('q'));
    assert_eq!(app.overlay, None);
    assert!(!app.quit);
    assert!(gorust::tui::ui::footer_text(&app).contains("q quit"));
}

#[test]
fn every_screen_draws_at_every_size_without_panicking() {
    let sizes = [
        (1, 1),
        (20, 5),
        (59, 15),
        (60, 16),
        (80, 24),
        (100, 30),
        (160, 48),
        (250, 80),
    ];
    for size in sizes {
        for open in [
            None,
            Some("basics"),
            Some("threads"),
            Some("basics-borrow"),
            Some("basics-predict"),
        ] {
            let mut app = app_at(open, size);
            let _ = draw(&app);
            if open == Some("basics-borrow") && !app.too_small() {
                finish_check(&mut app, compile_error(), attempted(1));
                let _ = draw(&app);
                press(&mut app, ch('?'));
                let _ = draw(&app);
            }
        }
    }
}

#[test]
fn editor_ctrl_s_without_changes_checks() {
    let mut app = editing();
    let fx = press(&mut app, ctrl('s'));
    assert!(check_job(&fx).is_some(), "{fx:?}");
}

// ---------------------------------------------------------------- playground

fn snippet_runs(fx: &[Effect]) -> Vec<(u64, gorust::tui::services::SnippetRun)> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::RunSnippet { job, run, .. } => Some((*job, run.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_page_asks_for_the_learners_copies_of_its_programs() {
    let mut app = app_at(Some("basics"), (160, 48));
    let fx = press(&mut app, ch('l'));
    let loads: Vec<&PageProgram> = fx
        .iter()
        .filter_map(|e| match e {
            Effect::LoadPlayground(p) => Some(p),
            _ => None,
        })
        .collect();
    assert_eq!(loads.len(), 2, "{fx:?}");
    assert!(loads.contains(&&moves_rs()));
    // A late answer about another page is dropped.
    press(&mut app, ch('h'));
    act(
        &mut app,
        Action::Playground {
            program: moves_rs(),
            event: PlaygroundEvent::Loaded(Ok(Some(MOVES_CLONED.into()))),
        },
    );
    assert!(app.lesson.as_ref().unwrap().playground[Lang::Rust].is_none());
}

/// `e` with nothing focused edits the first side's program; an editor that
/// leaves it unchanged gets a status naming it, not just "the file".
#[test]
fn an_unchanged_page_program_is_named() {
    let mut app = app_at(Some("basics"), (160, 48));
    press(&mut app, ch('l'));
    let fx = press(&mut app, ch('e'));
    let [Effect::PreparePlayground { program, .. }] = fx.as_slice() else {
        panic!("{fx:?}");
    };
    let program = program.clone();
    act(
        &mut app,
        Action::Playground {
            program: program.clone(),
            event: PlaygroundEvent::Ready {
                builtin: false,
                result: Ok(PathBuf::from("/ws/playground/basics/2-go/moves.go")),
            },
        },
    );
    act(&mut app, Action::EditorReturned(Ok(false)));
    let message = app.message.as_ref().unwrap().text.clone();
    assert_eq!(
        message,
        format!("moves.go ({}) did not change.", program.lang)
    );
}

/// "Add `.clone()` and see E0382 disappear": `e` on the focused Rust
/// program opens the learner's copy in $EDITOR; back on the page it is shown
/// as edited, `r` runs it, and `x` puts the page's program back after asking.
#[test]
fn edit_outside_run_and_reset_a_page_program() {
    let mut app = app_at(Some("basics"), (160, 48));
    press(&mut app, ch('l'));
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, key(KeyCode::Tab));
    assert_eq!(
        app.lesson.as_ref().unwrap().focus,
        LessonPane::Code(Lang::Rust)
    );
    let fx = press(&mut app, ch('e'));
    assert_eq!(
        fx,
        vec![Effect::PreparePlayground {
            program: moves_rs(),
            builtin: false
        }]
    );
    let path = PathBuf::from("/home/learner/gorust/playground/basics/2-rust/moves.rs");
    let fx = act(
        &mut app,
        Action::Playground {
            program: moves_rs(),
            event: PlaygroundEvent::Ready {
                builtin: false,
                result: Ok(path.clone()),
            },
        },
    );
    assert_eq!(fx, vec![Effect::ExternalEditor { path: path.clone() }]);
    let fx = act(&mut app, Action::EditorReturned(Ok(true)));
    assert_eq!(fx, vec![Effect::LoadPlayground(moves_rs())]);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("r runs your copy")
    );
    act(
        &mut app,
        Action::Playground {
            program: moves_rs(),
            event: PlaygroundEvent::Loaded(Ok(Some(MOVES_CLONED.into()))),
        },
    );
    let screen = screen_text(&app);
    assert!(screen.contains("let b = a.clone();"), "{screen}");
    assert!(screen.contains("edited"), "{screen}");

    // One key runs the edited copy; the verdict is its own, not a pass.
    let fx = press(&mut app, ch('r'));
    let runs = snippet_runs(&fx);
    assert_eq!(runs.len(), 2);
    assert!(
        runs.iter()
            .all(|(_, r)| r.source == SnippetSource::Playground)
    );
    let (job, _) = runs
        .iter()
        .find(|(_, r)| r.program == moves_rs())
        .unwrap()
        .clone();
    act(
        &mut app,
        Action::SnippetDone {
            job,
            lang: Lang::Rust,
            result: Ok(moves_cloned_verdict()),
        },
    );
    let screen = screen_text(&app);
    assert!(screen.contains("Not as expected"), "{screen}");
    assert!(screen.contains("your copy compiled and ran"), "{screen}");
    assert!(screen.contains("hello hello"), "{screen}");

    // x asks, then resets with a backup; the edited run's output goes.
    assert!(press(&mut app, ch('x')).is_empty());
    assert_eq!(
        app.overlay,
        Some(Overlay::Confirm(Confirm::ResetProgram(Lang::Rust)))
    );
    assert!(screen_text(&app).contains("Put the page's moves.rs back?"));
    let fx = press(&mut app, ch('y'));
    assert!(fx.contains(&Effect::ResetPlayground(moves_rs())), "{fx:?}");
    let backup = PathBuf::from("/home/learner/gorust/.backups/playground/basics/2-rust/t/moves.rs");
    act(
        &mut app,
        Action::Playground {
            program: moves_rs(),
            event: PlaygroundEvent::Reset(Ok(Some(backup))),
        },
    );
    let view = app.lesson.as_ref().unwrap();
    assert!(view.playground[Lang::Rust].is_none());
    assert!(view.runs[Lang::Rust].idle());
    let message = &app.message.as_ref().unwrap().text;
    assert!(
        message.contains("saved as /home/learner/gorust/.backups"),
        "{message}"
    );
    // The Go side ends after the reset: the backup's path stays on screen
    // (only the "Building and running" line goes when the runs end).
    let (go_job, _) = runs
        .iter()
        .find(|(_, r)| r.program.lang == Lang::Go)
        .unwrap()
        .clone();
    act(
        &mut app,
        Action::SnippetDone {
            job: go_job,
            lang: Lang::Go,
            result: Ok(moves_cloned_verdict()),
        },
    );
    let message = &app.message.as_ref().unwrap().text;
    assert!(message.contains("saved as"), "{message}");
    let screen = screen_text(&app);
    assert!(
        screen.contains("let b = a;") && !screen.contains("edited"),
        "{screen}"
    );
    // Nothing left to reset: no question.
    press(&mut app, ch('x'));
    assert_eq!(app.overlay, None);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("no edit to undo")
    );
}

/// With the prose focused, `i` edits the first side's program and says
/// which; Ctrl-S saves the copy and runs the page; Esc closes the editor.
#[test]
fn the_builtin_editor_edits_a_page_program_and_runs_it_on_save() {
    let mut app = app_at(Some("basics"), (160, 48));
    let fx = press(&mut app, ch('i'));
    let go = PageProgram {
        lesson: "basics".into(),
        page: 0,
        lang: Lang::Go,
    };
    assert_eq!(
        fx,
        vec![Effect::PreparePlayground {
            program: go.clone(),
            builtin: true
        }]
    );
    let path = PathBuf::from("/ws/playground/basics/1-go/hello.go");
    let fx = act(
        &mut app,
        Action::Playground {
            program: go.clone(),
            event: PlaygroundEvent::Ready {
                builtin: true,
                result: Ok(path.clone()),
            },
        },
    );
    assert_eq!(fx, vec![Effect::ReadFile { path: path.clone() }]);
    let original =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"Hello from Go\")\n}\n";
    act(
        &mut app,
        Action::FileLoaded {
            path: path.clone(),
            result: Ok(original.into()),
        },
    );
    assert_eq!(
        gorust::tui::keymap::context(&app),
        gorust::tui::keymap::Context::Editor
    );
    let message = app.message.as_ref().unwrap().text.clone();
    assert!(message.contains("hello.go (Go)"), "says which: {message}");
    assert!(screen_text(&app).contains("Editing hello.go"));
    // The wheel over the editor moves its view.
    let area = gorust::tui::layout::lesson_layout(&app).unwrap().code[Lang::Go].unwrap();
    act(
        &mut app,
        Action::Scroll {
            column: area.x + 2,
            row: area.y + 2,
            down: true,
        },
    );
    let ed = app.lesson.as_mut().unwrap().editor.as_mut().unwrap();
    assert_eq!(ed.top, 3);
    ed.top = 0;
    // Keys type: r is a letter here, not "run".
    press(&mut app, key(KeyCode::Down));
    press(&mut app, ch('r'));
    let fx = press(&mut app, ctrl('s'));
    let Some(Effect::WriteFile {
        path: written,
        text,
    }) = fx.first()
    else {
        panic!("Ctrl-S writes the copy: {fx:?}");
    };
    assert_eq!(written, &path);
    assert!(text.starts_with("package main\nr\n"), "{text}");
    let fx = act(
        &mut app,
        Action::FileSaved {
            path: path.clone(),
            result: Ok(()),
        },
    );
    assert_eq!(snippet_runs(&fx).len(), 2, "the save runs the page");
    // The editor may cover the outputs: the status line says how the
    // edited program did once both runs end.
    for (job, r) in snippet_runs(&fx) {
        let outcome = match r.program.lang {
            Lang::Go => Outcome::CompileError {
                diagnostics: "./hello.go:2:1: syntax error".into(),
                codes: vec![],
            },
            Lang::Rust => Outcome::Passed,
        };
        act(
            &mut app,
            Action::SnippetDone {
                job,
                lang: r.program.lang,
                result: Ok(verdict(outcome)),
            },
        );
    }
    let message = app.message.as_ref().unwrap().text.clone();
    assert!(message.starts_with("Go: Compile error."), "{message}");
    assert!(message.contains("Esc closes the editor"), "{message}");
    let view = app.lesson.as_ref().unwrap();
    assert_eq!(view.playground[Lang::Go].as_deref(), Some(text.as_str()));
    assert!(!view.editor.as_ref().unwrap().modified());
    press(&mut app, key(KeyCode::Esc));
    assert!(app.lesson.as_ref().unwrap().editor.is_none());
    assert_eq!(
        gorust::tui::keymap::context(&app),
        gorust::tui::keymap::Context::Lesson
    );
    // The editor is gone, and so is the line that said how to close it.
    assert!(
        app.message
            .as_ref()
            .is_none_or(|m| !m.text.contains("Esc closes the editor")),
        "{:?}",
        app.message
    );
}

/// A page whose programs use crates is built by cargo: its Rust output
/// says so, in either mode.
#[test]
fn a_page_with_crates_names_cargo_as_its_rust_build() {
    let mut pack = pack();
    let lesson = pack.lessons.iter_mut().find(|l| l.id == "basics").unwrap();
    lesson.pages[0].inputs.crates = vec!["tokio".into()];
    let mut init = init((160, 48));
    init.options.open = Some("basics".into());
    let (mut app, _) = App::new(Arc::new(pack), init);
    let run = |app: &mut App| {
        for (job, r) in &snippet_runs(&press(app, ch('r'))) {
            act(
                app,
                Action::SnippetDone {
                    job: *job,
                    lang: r.program.lang,
                    result: Ok(verdict(Outcome::Passed)),
                },
            );
        }
    };
    run(&mut app);
    let screen = screen_text(&app);
    assert!(screen.contains("cargo, debug build"), "{screen}");
    assert!(!screen.contains("rustc"), "{screen}");
    press(&mut app, ch('O'));
    run(&mut app);
    assert!(screen_text(&app).contains("cargo --release"));
}

/// `O` builds Rust with -O (Go is optimised anyway); once the page ran in
/// both modes, the Rust output shows the runner's figures of both builds.
#[test]
fn the_optimised_build_toggle_shows_both_builds() {
    let mut app = app_at(Some("basics"), (160, 48));
    let debug = gorust::runner::Metrics {
        build_time: Some(std::time::Duration::from_millis(412)),
        binary_size: Some(4_215_000),
        run_time: Some(std::time::Duration::from_millis(2310)),
        peak_memory_kib: Some(21_000),
    };
    let optimized = gorust::runner::Metrics {
        build_time: Some(std::time::Duration::from_millis(1240)),
        binary_size: Some(3_900_000),
        run_time: Some(std::time::Duration::from_millis(240)),
        peak_memory_kib: Some(20_500),
    };
    let run = |app: &mut App, metrics: &gorust::runner::Metrics| {
        let fx = press(app, ch('r'));
        let runs = snippet_runs(&fx);
        for (job, r) in &runs {
            let v = verdict(Outcome::Passed).with_metrics(metrics.clone());
            act(
                app,
                Action::SnippetDone {
                    job: *job,
                    lang: r.program.lang,
                    result: Ok(v),
                },
            );
        }
        runs
    };
    let runs = run(&mut app, &debug);
    assert!(runs.iter().all(|(_, r)| !r.optimize));
    assert!(!screen_text(&app).contains("Both Rust builds"));
    assert!(screen_text(&app).contains("rustc, debug build"));

    press(&mut app, ch('O'));
    let message = app.message.as_ref().unwrap().text.clone();
    assert!(
        message.contains("-O") && message.contains("Go always builds optimised"),
        "{message}"
    );
    let runs = run(&mut app, &optimized);
    for (_, r) in &runs {
        assert_eq!(r.optimize, r.program.lang == Lang::Rust, "{r:?}");
    }
    let screen = screen_text(&app);
    assert!(screen.contains("rustc -O"), "{screen}");
    assert!(screen.contains("go build, always optimised"), "{screen}");
    assert!(screen.contains("Both Rust builds"), "{screen}");
    for figure in ["412 ms", "1.24 s", "4.2 MB", "3.9 MB", "2.31 s", "240 ms"] {
        assert!(screen.contains(figure), "{figure}: {screen}");
    }
    // Another page measures another program.
    press(&mut app, ch('l'));
    assert_eq!(
        app.lesson.as_ref().unwrap().rust_builds,
        gorust::tui::app::RustBuilds::default()
    );
    assert!(app.lesson.as_ref().unwrap().optimize, "the mode stays");
}

/// `o` on a rustc code no page explains asks `rustc --explain` once, off the
/// UI thread, shows it in an overlay that scrolls and closes like the others,
/// and keeps the answer for the session.
#[test]
fn o_without_a_page_shows_rustc_explain_once_per_session() {
    let mut app = exercise_ready((100, 30));
    finish_check(&mut app, compile_error_e0599(), attempted(1));
    assert!(
        gorust::tui::ui::footer_text(&app).starts_with("o rustc --explain E0599"),
        "{}",
        gorust::tui::ui::footer_text(&app)
    );
    let fx = press(&mut app, ch('o'));
    assert_eq!(
        fx,
        vec![Effect::RustcExplain {
            code: "E0599".into()
        }]
    );
    assert_eq!(app.screen, Screen::Exercise, "no page to jump to");
    assert!(
        matches!(&app.overlay, Some(Overlay::RustcExplain { code, scroll: 0 }) if code == "E0599")
    );
    assert!(screen_text(&app).contains("Asking rustc about E0599…"));

    let text = (1..=40)
        .map(|i| format!("Line {i} of what rustc says."))
        .collect::<Vec<_>>()
        .join("\n\n");
    act(
        &mut app,
        Action::RustcExplained {
            code: "E0599".into(),
            result: Ok(format!("### A heading\n\n{text}\n")),
        },
    );
    let screen = screen_text(&app);
    assert!(
        screen.contains("rustc --explain E0599 · Esc closes"),
        "{screen}"
    );
    assert!(screen.contains("Line 1 of what rustc says."), "{screen}");
    assert!(!screen.contains("Line 40 of"), "{screen}");
    press(&mut app, key(KeyCode::End));
    assert!(screen_text(&app).contains("Line 40 of what rustc says."));

    // `o` closes it as it opened it; asking again opens the kept answer.
    press(&mut app, ch('o'));
    assert_eq!(app.overlay, None);
    assert_eq!(app.screen, Screen::Exercise);
    let fx = press(&mut app, ch('o'));
    assert!(fx.is_empty(), "cached for the session: {fx:?}");
    assert!(screen_text(&app).contains("Line 1 of what rustc says."));
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, None);
    assert_eq!(app.screen, Screen::Exercise, "Esc closes only the overlay");
}

/// rustc's refusal (an unknown code) is shown, not swallowed; so is a
/// missing rustc.
#[test]
fn rustc_explain_failures_say_why() {
    use gorust::runner::RustcExplainError;
    let refused = RustcExplainError::Refused {
        code: "E0599".into(),
        message: "error: E0599 is not a valid error code".into(),
    };
    let missing = RustcExplainError::RustcMissing {
        code: "E0599".into(),
        help: "`rustc` was not found on your PATH.".into(),
    };
    for (error, says) in [
        (
            refused,
            &[
                "rustc could not explain E0599",
                "E0599 is not a valid error code",
            ][..],
        ),
        (missing, &["rustc is needed to explain E0599"][..]),
    ] {
        let mut app = exercise_ready((100, 30));
        finish_check(&mut app, compile_error_e0599(), attempted(1));
        press(&mut app, ch('o'));
        act(
            &mut app,
            Action::RustcExplained {
                code: "E0599".into(),
                result: Err(error.into()),
            },
        );
        let screen = screen_text(&app);
        for words in says {
            assert!(screen.contains(words), "{words}: {screen}");
        }
    }
}

/// A verdict with several codes opens a page that explains one of them
/// rather than rustc's page of the first.
#[test]
fn a_page_for_any_code_wins_over_rustc_explain() {
    let mut app = exercise_ready((100, 30));
    let v = verdict(Outcome::CompileError {
        diagnostics: "error[E0599]: no method\nerror[E0382]: borrow of moved value\n".into(),
        codes: vec!["E0599".into(), "E0382".into()],
    });
    finish_check(&mut app, v, attempted(1));
    assert!(gorust::tui::ui::footer_text(&app).starts_with("o page Moving a String"));
    let fx = press(&mut app, ch('o'));
    assert!(!fx.iter().any(|e| matches!(e, Effect::RustcExplain { .. })));
    assert_eq!(app.screen, Screen::Lesson);
    assert_eq!(app.current_lesson().unwrap().0.page, 1);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("explains E0382")
    );
}

/// Go has no codes: a page's `explains_go` message found in go vet's (or
/// the compiler's) output is the same `o` jump, and Esc comes back.
#[test]
fn a_go_message_jumps_to_the_page_that_explains_it() {
    let mut app = go_exercise_ready((100, 30));
    let v = verdict(Outcome::LintFailed {
        diagnostics: GO_VET_COPYLOCKS.into(),
    });
    finish_check_of(&mut app, "threads-count", v, attempted(1));
    assert!(
        gorust::tui::ui::footer_text(&app).starts_with("o page Two goroutines, one counter"),
        "{}",
        gorust::tui::ui::footer_text(&app)
    );
    let screen = screen_text(&app);
    assert!(
        screen.contains("“passes lock by value” is explained in lesson"),
        "{screen}"
    );
    let fx = press(&mut app, ch('o'));
    assert!(!fx.iter().any(|e| matches!(e, Effect::RustcExplain { .. })));
    assert_eq!(app.screen, Screen::Lesson);
    let (view, lesson, _) = app.current_lesson().unwrap();
    assert_eq!((lesson.id.as_str(), view.page), ("threads", 0));
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "This page explains Go's “passes lock by value”. Esc returns to the exercise."
    );
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Exercise);
    assert_eq!(app.current_exercise().unwrap().2.id, "threads-count");

    // A build failure is matched too; a Go output that names no message is not.
    let v = verdict(Outcome::CompileError {
        diagnostics: "./count.go:9:2: declared and not used: n\n".into(),
        codes: Vec::new(),
    });
    finish_check_of(&mut app, "threads-count", v, attempted(2));
    assert!(gorust::tui::ui::footer_text(&app).starts_with("o page Two goroutines"));
    let v = verdict(Outcome::CompileError {
        diagnostics: "./count.go:12:1: missing return\n".into(),
        codes: Vec::new(),
    });
    finish_check_of(&mut app, "threads-count", v, attempted(3));
    assert!(!gorust::tui::ui::footer_text(&app).starts_with("o "));
    let fx = press(&mut app, ch('o'));
    assert!(fx.is_empty());
    assert_eq!(app.screen, Screen::Exercise);
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "No lesson page explains this result."
    );
}

/// Go's messages are looked for in Go's output only: rustc's text may
/// contain the same words.
#[test]
fn go_messages_are_not_matched_in_rusts_output() {
    let mut app = exercise_ready((100, 30));
    let v = verdict(Outcome::CompileError {
        diagnostics: "error: value passes lock by value (declared and not used)\n".into(),
        codes: Vec::new(),
    });
    finish_check(&mut app, v, attempted(1));
    assert!(!gorust::tui::ui::footer_text(&app).starts_with("o "));
    press(&mut app, ch('o'));
    assert_eq!(app.screen, Screen::Exercise);
}
