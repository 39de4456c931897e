//! Every screen drawn on a TestBackend and snapshotted with insta, plus the
//! colours that snapshots cannot see, asserted on the buffer.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "tui_support/mod.rs"]
mod support;

use gorust::runner::{Outcome, Phase, RunEvent, Stream};
use gorust::tui::action::{Action, PlaygroundEvent};
use gorust::tui::app::{App, Screen};
use gorust::tui::services::Status;
use gorust::tui::theme::{Palette, Theme};
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;
use support::*;

fn snap(name: &str, app: &App) {
    let terminal = draw(app);
    insta::assert_snapshot!(name, terminal.backend());
}

fn race_verdicts() -> (gorust::runner::Verdict, gorust::runner::Verdict) {
    let mut go = verdict(Outcome::Passed);
    go.stdout = "2\n".into();
    let go = go.with_stderr("==================\nWARNING: DATA RACE\nRead at 0x00c000012345 by goroutine 7:\n  main.main.func1()\n      /tmp/race.go:15 +0x64\n\nPrevious write at 0x00c000012345 by goroutine 6:\n  main.main.func1()\n      /tmp/race.go:15 +0x7a\n==================\nFound 1 data race(s)\n");
    let mut rust = verdict(Outcome::Passed);
    rust.metrics = gorust::runner::Metrics {
        build_time: Some(std::time::Duration::from_millis(240)),
        ..Default::default()
    };
    let rust = rust.with_build(
        "\u{1b}[1m\u{1b}[38;5;9merror[E0499]\u{1b}[0m\u{1b}[1m: cannot borrow `n` as mutable more than once at a time\u{1b}[0m\n --> race.rs:7:17\n",
        vec!["E0499".into()],
    );
    (go, rust)
}

#[test]
fn catalog() {
    let mut app = app_at(None, (100, 30));
    app.progress.insert("basics-borrow".into(), passed(2));
    app.progress.insert("basics-predict".into(), attempted(1));
    snap("catalog", &app);
}

#[test]
fn catalog_filtered_narrow() {
    let mut app = app_at(None, (80, 24));
    press(&mut app, ch('/'));
    for c in "thr".chars() {
        press(&mut app, ch(c));
    }
    snap("catalog_filtered_80x24", &app);
    for _ in 0..3 {
        press(&mut app, key(KeyCode::Backspace));
    }
    for c in "mutex".chars() {
        press(&mut app, ch(c));
    }
    snap("catalog_filter_finds_an_exercise_80x24", &app);
}

#[test]
fn lesson_side_by_side_160x48() {
    let mut app = app_at(Some("basics"), (160, 48));
    snap("lesson_side_by_side_160x48", &app);
    let mut go = verdict(Outcome::Passed);
    go.stdout = "Hello from Go\n".into();
    let mut rust = verdict(Outcome::Passed);
    rust.stdout = "Hello from Rust\n".into();
    finish_snippets(&mut app, go, rust);
    snap("lesson_side_by_side_run_160x48", &app);
}

#[test]
fn lesson_race_beside_refusal_160x48() {
    let mut app = app_at(Some("threads"), (160, 48));
    let (go, rust) = race_verdicts();
    finish_snippets(&mut app, go, rust);
    snap("lesson_race_160x48", &app);
}

#[test]
fn lesson_stacked_80x24() {
    let mut app = app_at(Some("basics"), (80, 24));
    snap("lesson_stacked_80x24", &app);
    let (go, rust) = race_verdicts();
    let mut app2 = app_at(Some("threads"), (80, 24));
    finish_snippets(&mut app2, go, rust);
    snap("lesson_stacked_run_80x24", &app2);
    press(&mut app, ch('v'));
    snap("lesson_stacked_rust_first_80x24", &app);
}

#[test]
fn exercise_with_diff() {
    let mut app = exercise_ready((120, 36));
    finish_check(&mut app, wrong_output(), attempted(1));
    snap("exercise_diff_120x36", &app);
    let mut small = exercise_ready((80, 24));
    finish_check(&mut small, wrong_output(), attempted(1));
    snap("exercise_diff_80x24", &small);
}

#[test]
fn exercise_with_compile_error() {
    let mut app = exercise_ready((120, 36));
    finish_check(&mut app, compile_error(), attempted(2));
    snap("exercise_compile_error_120x36", &app);
}

/// The learner's file beside the task and the result, the line rustc points
/// at marked and scrolled to; at 80x24 the code and the task share the top,
/// and the result's headline stays below.
#[test]
fn exercise_code_pane_marks_the_error_line() {
    for (size, name) in [
        ((160, 48), "exercise_code_160x48"),
        ((80, 24), "exercise_code_80x24"),
    ] {
        let mut app = exercise_ready(size);
        load_code(&mut app, LEARNER_CODE);
        finish_check(&mut app, compile_error(), attempted(2));
        if size.0 < 100 {
            press(&mut app, key(KeyCode::Tab));
        }
        let text = screen_text(&app);
        assert!(text.contains("8▶"), "{name}: line 8 marked\n{text}");
        assert!(
            text.contains("borrow.rs · read-only · line 8"),
            "{name}\n{text}"
        );
        assert!(
            text.contains("Compile error"),
            "{name}: the headline stays\n{text}"
        );
        snap(name, &app);
    }
}

#[test]
fn exercise_passed_with_hints() {
    let mut app = exercise_ready((120, 30));
    for _ in 0..2 {
        let fx = press(&mut app, ch('a'));
        assert!(!fx.is_empty());
    }
    act(
        &mut app,
        Action::HintReady {
            exercise: "basics-borrow".into(),
            result: Ok(Some(gorust::tui::services::Hint {
                index: 1,
                total: 2,
                text: "The function signature decides who owns the vector.".into(),
            })),
        },
    );
    act(
        &mut app,
        Action::HintReady {
            exercise: "basics-borrow".into(),
            result: Ok(Some(gorust::tui::services::Hint {
                index: 2,
                total: 2,
                text: "`&[i32]` borrows a slice.".into(),
            })),
        },
    );
    let mut v = verdict(Outcome::Passed);
    v.stdout = "total = 6\n".into();
    finish_check(&mut app, v, passed(3));
    snap("exercise_passed_120x30", &app);
}

#[test]
fn exercise_running_with_crate_progress() {
    let mut app = exercise_ready((100, 30));
    let fx = press(&mut app, ch('c'));
    let job = fx
        .iter()
        .find_map(|e| match e {
            gorust::tui::Effect::Check { job, .. } => Some(*job),
            _ => None,
        })
        .unwrap();
    act(
        &mut app,
        Action::Job {
            job,
            event: RunEvent::PhaseStarted(Phase::Build),
        },
    );
    act(
        &mut app,
        Action::Job {
            job,
            event: RunEvent::BuildProgress {
                unit: "tokio-macros".into(),
                done: 12,
                total: 40,
            },
        },
    );
    act(
        &mut app,
        Action::Job {
            job,
            event: RunEvent::Output {
                stream: Stream::Stderr,
                line: "   Compiling tokio-macros v2.5.0".into(),
            },
        },
    );
    for _ in 0..8 {
        act(&mut app, Action::Tick);
    }
    snap("exercise_running_100x30", &app);
}

#[test]
fn quiz_answered() {
    let mut app = app_at(Some("basics-predict"), (100, 28));
    snap("quiz_100x28", &app);
    let fx = press(&mut app, ch('3'));
    assert_eq!(
        fx,
        vec![gorust::tui::Effect::Answer {
            exercise: "basics-predict".into(),
            choice: 2
        }]
    );
    act(
        &mut app,
        Action::Answered {
            exercise: "basics-predict".into(),
            choice: 2,
            result: Ok(true),
            progress: Some(passed(1)),
        },
    );
    snap("quiz_answered_100x28", &app);
}

/// A quiz whose choices are program outputs: numbers, minus signs and
/// several lines, answered wrong, without colour, at 80x24.
#[test]
fn quiz_outputs_read_clearly_without_colour() {
    let mut pack = pack();
    let lesson = pack.lessons.iter_mut().find(|l| l.id == "basics").unwrap();
    let quiz = lesson
        .exercises
        .iter_mut()
        .find_map(|e| match &mut e.kind {
            gorust::pack::ExerciseKind::Quiz(q) => Some(q),
            gorust::pack::ExerciseKind::Code(_) => None,
        })
        .unwrap();
    quiz.choices = vec!["-4".into(), "1\n3\n-4\n".into(), "3".into()];
    quiz.answer = 1;
    let mut init = init((80, 24));
    init.options.open = Some("basics-predict".into());
    init.color = false;
    let (mut app, _) = App::new(std::sync::Arc::new(pack), init);
    assert!(
        gorust::tui::ui::footer_text(&app).contains("1-3 answer"),
        "the body's range"
    );
    press(&mut app, ch('1'));
    act(
        &mut app,
        Action::Answered {
            exercise: "basics-predict".into(),
            choice: 0,
            result: Ok(false),
            progress: Some(attempted(1)),
        },
    );
    let screen = screen_text(&app);
    assert!(screen.contains(" 1) -4"), "{screen}");
    let rows: Vec<&str> = screen.lines().map(|l| l.trim_matches(['┃', ' '])).collect();
    let two = rows
        .iter()
        .position(|r| *r == "2) 1")
        .expect("choice 2's first line");
    assert_eq!(
        rows[two + 1..two + 3],
        ["3", "-4"],
        "multi-line stays multi-line"
    );
    assert!(screen.contains("1 to 3"), "{screen}");
    assert!(!screen.contains("is 2"), "never the right number");
    snap("quiz_wrong_no_color_80x24", &app);
}

#[test]
fn builtin_editor() {
    let mut app = exercise_ready((120, 30));
    act(
        &mut app,
        Action::FileLoaded {
            path: LEARNER_FILE.into(),
            result: Ok(std::fs::read_to_string(fixture_dir().join("01-basics/borrow.rs")).unwrap()),
        },
    );
    press(&mut app, key(KeyCode::Down));
    press(&mut app, ch('/'));
    snap("editor_120x30", &app);
    act(&mut app, Action::Resize(80, 24));
    press(&mut app, key(KeyCode::Up));
    press(&mut app, key(KeyCode::End));
    press(&mut app, key(KeyCode::Enter));
    press(&mut app, ch('x'));
    snap("editor_indented_80x24", &app);
}

/// The built-in editor after Ctrl-F: rustfmt's layout in the buffer (one
/// undo step), and a gofmt error leaving the code as it was.
#[test]
fn builtin_editor_formatted() {
    let mut app = exercise_ready((80, 24));
    let messy = "fn total(v: Vec<i32>) -> i32 {\nv.iter().sum()\n}\nfn main() {\n    let v = vec![1,2,3];\n    let t = total(v);\n    println!(\"{v:?}\");\n    println!(\"total = {t}\");\n}\n";
    act(
        &mut app,
        Action::FileLoaded {
            path: LEARNER_FILE.into(),
            result: Ok(messy.into()),
        },
    );
    let fx = press(&mut app, ctrl('f'));
    assert_eq!(fx.len(), 1, "{fx:?}");
    act(
        &mut app,
        Action::Formatted {
            path: LEARNER_FILE.into(),
            source: messy.into(),
            result: Ok(LEARNER_CODE.replace("\n\nfn main", "\nfn main")),
        },
    );
    snap("editor_formatted_80x24", &app);
    let source = app
        .exercise
        .as_ref()
        .unwrap()
        .editor
        .as_ref()
        .unwrap()
        .text();
    act(
        &mut app,
        Action::Formatted {
            path: LEARNER_FILE.into(),
            source,
            result: Err(gorust::runner::FormatError::Syntax {
                tool: "rustfmt",
                line: Some(5),
                message: "expected expression, found `;`".into(),
            }),
        },
    );
    let screen = screen_text(&app);
    assert!(
        screen.contains("rustfmt cannot format this: line 5: expected expression"),
        "{screen}"
    );
}

#[test]
fn help_overlay() {
    let mut app = exercise_ready((100, 40));
    press(&mut app, ch('?'));
    snap("help_100x40", &app);
}

#[test]
fn confirm_reset() {
    let mut app = exercise_ready((100, 30));
    press(&mut app, ch('x'));
    snap("confirm_reset_100x30", &app);
}

#[test]
fn solution_overlay() {
    let mut app = exercise_ready((100, 30));
    act(
        &mut app,
        Action::SolutionReady {
            exercise: "basics-borrow".into(),
            result: Ok(vec![solution_file(
                "borrow.rs",
                &borrow_solution(),
                Some(LEARNER_CODE),
            )]),
        },
    );
    // Forced before a pass: the reference as it is.
    snap("solution_100x30", &app);
}

/// After a pass, `s` shows how the learner's file differs from the
/// reference, yours `-` and the reference `+`; Tab shows the reference.
#[test]
fn solution_diff_after_a_pass() {
    let mine = borrow_solution().replace(
        "v.iter().sum()",
        "let mut t = 0;\n    for x in v {\n        t += x;\n    }\n    t",
    );
    assert_ne!(mine, borrow_solution(), "the fixture's body changed");
    for (size, name) in [
        ((120, 30), "solution_diff_120x30"),
        ((80, 24), "solution_diff_80x24"),
    ] {
        let mut app = exercise_ready(size);
        finish_check(&mut app, verdict(Outcome::Passed), passed(1));
        press(&mut app, ch('s'));
        act(
            &mut app,
            Action::SolutionReady {
                exercise: "basics-borrow".into(),
                result: Ok(vec![solution_file(
                    "borrow.rs",
                    &borrow_solution(),
                    Some(&mine),
                )]),
            },
        );
        snap(name, &app);
        let screen = screen_text(&app);
        assert!(screen.contains("Your solution passes; here is how it differs from the reference"));
        assert!(screen.contains("Tab diff/reference"), "{screen}");
        press(&mut app, key(KeyCode::Tab));
        let reference = screen_text(&app);
        assert!(reference.contains("Reference solution"), "{reference}");
        assert!(!reference.contains("here is how it differs"));
        press(&mut app, key(KeyCode::Tab));
        assert_eq!(screen_text(&app), screen, "Tab comes back to the diff");
        press(&mut app, key(KeyCode::Esc));
        assert!(app.overlay.is_none());
    }
}

/// Without colour the diff still reads: every changed line carries its
/// marker, and no cell is coloured.
#[test]
fn solution_diff_reads_without_colour() {
    let mut app = exercise_ready((100, 30));
    app.color = false;
    finish_check(&mut app, verdict(Outcome::Passed), passed(1));
    let mine = borrow_solution().replace("v.iter().sum()", "v.iter().copied().sum()");
    act(
        &mut app,
        Action::SolutionReady {
            exercise: "basics-borrow".into(),
            result: Ok(vec![solution_file(
                "borrow.rs",
                &borrow_solution(),
                Some(&mine),
            )]),
        },
    );
    let screen = screen_text(&app);
    assert!(screen.contains("-    v.iter().copied().sum()"), "{screen}");
    assert!(screen.contains("+    v.iter().sum()"), "{screen}");
    assert!(
        screen.contains("- your line   + the reference's line"),
        "{screen}"
    );
    let terminal = draw(&app);
    for cell in terminal.backend().buffer().content() {
        assert!(matches!(cell.fg, Color::Reset), "coloured cell {cell:?}");
    }
}

#[test]
fn too_small() {
    let app = app_at(Some("basics"), (40, 10));
    snap("too_small_40x10", &app);
}

#[test]
fn welcome_first_run_with_missing_go() {
    let mut init = init((100, 32));
    init.settings.welcomed = false;
    init.toolchains[0] = gorust::tui::services::ToolInfo {
        name: "go".into(),
        essential: true,
        version: None,
        help: "Install Go 1.22 or newer from https://go.dev/dl".into(),
    };
    let (mut app, _) = App::new(std::sync::Arc::new(pack()), init);
    assert_eq!(app.screen, Screen::Welcome);
    snap("welcome_missing_go_100x32", &app);
    act(&mut app, Action::Resize(80, 24));
    press(&mut app, key(KeyCode::Up));
    press(&mut app, key(KeyCode::End));
    snap("welcome_scrolled_to_the_end_80x24", &app);
    act(&mut app, Action::Resize(100, 32));
    press(&mut app, key(KeyCode::Enter));
    snap("after_welcome_banner_100x32", &app);
}

// ---------------------------------------------------------------- colour

fn cell_fg(
    terminal: &ratatui::Terminal<ratatui::backend::TestBackend>,
    needle: &str,
) -> (Option<Color>, Option<Color>) {
    let buffer = terminal.backend().buffer();
    for y in 0..buffer.area.height {
        let row: String = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol().to_owned())
            .collect();
        if let Some(col) = row.find(needle) {
            let x = row[..col].chars().count() as u16;
            let cell = &buffer[(x, y)];
            return (Some(cell.fg), Some(cell.bg));
        }
    }
    panic!("{needle:?} not on screen");
}

#[test]
fn passed_is_green_and_failures_red() {
    let palette = Palette::new(Theme::Dark, true);
    let mut app = exercise_ready((120, 30));
    finish_check(&mut app, wrong_output(), attempted(1));
    let t = draw(&app);
    assert_eq!(cell_fg(&t, "✘ Wrong output").0, palette.error.fg);
    assert_eq!(
        cell_fg(&t, "- total = 6"),
        (palette.diff_delete.fg, palette.diff_delete.bg)
    );
    assert_eq!(
        cell_fg(&t, "+ total = 7"),
        (palette.diff_insert.fg, palette.diff_insert.bg)
    );
    finish_check(&mut app, verdict(Outcome::Passed), passed(2));
    let t = draw(&app);
    assert_eq!(cell_fg(&t, "✔ Passed").0, palette.ok.fg);
}

#[test]
fn compiler_colours_survive() {
    let mut app = exercise_ready((120, 36));
    finish_check(&mut app, compile_error(), attempted(1));
    let t = draw(&app);
    // rustc's bright red (ANSI 256 colour 9) on "error[E0382]".
    assert_eq!(cell_fg(&t, "error[E0382]").0, Some(Color::Indexed(9)));
    assert_eq!(cell_fg(&t, "value moved here").0, Some(Color::Indexed(12)));
}

#[test]
fn light_theme_paints_a_light_background() {
    let mut app = app_at(None, (100, 30));
    press(&mut app, ch('t'));
    assert_eq!(app.theme, Theme::Light);
    let t = draw(&app);
    let light = Palette::new(Theme::Light, true);
    assert_eq!(
        t.backend().buffer()[(50u16, 20u16)].bg,
        light.base.bg.unwrap()
    );
}

#[test]
fn no_color_uses_no_colours() {
    let mut app = exercise_ready((120, 36));
    app.color = false;
    finish_check(&mut app, compile_error(), attempted(1));
    let t = draw(&app);
    let buffer = t.backend().buffer();
    for cell in buffer.content() {
        assert_eq!(
            cell.fg,
            Color::Reset,
            "a foreground colour under NO_COLOR at {:?}",
            cell.symbol()
        );
        assert_eq!(cell.bg, Color::Reset, "a background colour under NO_COLOR");
    }
}

#[test]
fn code_is_highlighted_once_syntect_is_loaded() {
    // Load synchronously so the frame is coloured.
    let _ = gorust::highlight::highlight(
        "fn main() {}",
        gorust::Lang::Rust,
        gorust::highlight::Background::Dark,
    );
    let app = app_at(Some("basics"), (160, 48));
    let t = draw(&app);
    let palette = Palette::new(Theme::Dark, true);
    let (fg, _) = cell_fg(&t, "println!");
    assert!(
        fg.is_some() && fg != palette.base.fg,
        "println! should be coloured, got {fg:?}"
    );
}

#[test]
fn passing_moves_the_gauges() {
    let mut app = exercise_ready((100, 30));
    assert_eq!(app.overall_progress(), (0, 3));
    finish_check(&mut app, verdict(Outcome::Passed), passed(1));
    assert_eq!(app.overall_progress(), (1, 3));
    assert_eq!(app.progress_of("basics-borrow").status, Status::Passed);
    assert!(screen_text(&app).contains("1/3 done"));
}

/// Every context's footer at 80 columns: what is drawn is whole hints
/// only (none cut in half), the way out is there, and it ends with the
/// key for the help, where the rest of the keys are.
#[test]
fn every_footer_fits_80_columns_without_cutting_a_hint() {
    use gorust::tui::keymap::{self, Context};
    let size = (80, 24);
    let mut cases: Vec<(&str, App)> = Vec::new();
    let mut welcome = app_at(None, size);
    welcome.screen = Screen::Welcome;
    cases.push(("welcome", welcome));
    cases.push(("catalog", app_at(None, size)));
    let mut filter = app_at(None, size);
    press(&mut filter, ch('/'));
    cases.push(("filter", filter));
    let mut lesson = app_at(None, size);
    press(&mut lesson, key(KeyCode::Enter));
    cases.push(("lesson", lesson));
    cases.push(("exercise", exercise_ready(size)));
    let mut failed = exercise_ready(size);
    finish_check(&mut failed, compile_error(), attempted(1));
    cases.push(("exercise after E0382 (o explain)", failed));
    let mut passed_app = exercise_ready(size);
    finish_check(&mut passed_app, verdict(Outcome::Passed), passed(1));
    cases.push(("exercise after a pass (N next)", passed_app));
    cases.push(("quiz", app_at(Some("basics-predict"), size)));
    let mut editor = exercise_ready(size);
    act(
        &mut editor,
        Action::FileLoaded {
            path: LEARNER_FILE.into(),
            result: Ok(LEARNER_CODE.into()),
        },
    );
    cases.push(("editor", editor));
    let mut help = exercise_ready(size);
    press(&mut help, ch('?'));
    cases.push(("help", help));
    let mut confirm = exercise_ready(size);
    press(&mut confirm, ch('x'));
    cases.push(("confirm", confirm));
    let mut solution = exercise_ready(size);
    act(
        &mut solution,
        Action::SolutionReady {
            exercise: "basics-borrow".into(),
            result: Ok(vec![solution_file(
                "borrow.rs",
                &borrow_solution(),
                Some(LEARNER_CODE),
            )]),
        },
    );
    cases.push(("solution", solution));

    let mut seen = std::collections::HashSet::new();
    for (name, app) in &cases {
        let context = keymap::context(app);
        seen.insert(format!("{context:?}"));
        let screen = screen_text(app);
        let row = screen.lines().last().unwrap().trim_end().to_owned();
        assert!(row.chars().count() <= 80, "{name}: {row:?}");
        let all = gorust::tui::ui::footer_hints(app);
        let drawn: Vec<&str> = row.trim_start().split("  ").collect();
        for hint in &drawn {
            assert!(
                all.iter().any(|h| h == hint),
                "{name}: {hint:?} is not a whole hint of {all:?}"
            );
        }
        assert_eq!(
            row.trim_start(),
            gorust::tui::ui::footer_shown(app),
            "{name}"
        );
        let last = *drawn.last().unwrap();
        match context {
            Context::Confirm => assert_eq!(last, "n/Esc no", "{name}"),
            Context::Filter => assert_eq!(last, "F1 help", "{name}"),
            Context::Editor => {
                assert_eq!(last, "F1 help", "{name}");
                for k in [
                    "Ctrl-S save",
                    "Ctrl-Z undo",
                    "Ctrl-Y redo",
                    "Ctrl-F format",
                    "Esc close",
                ] {
                    assert!(drawn.contains(&k), "{name}: {k} missing from {row:?}");
                }
            }
            // q and ? close an overlay: its footer ends with the way out.
            Context::Help | Context::Solution => {
                assert_eq!(last, "Esc close", "{name}: {row:?}");
                assert!(!row.contains("q quit"), "{name}: {row:?}");
            }
            _ => assert_eq!(last, "? help", "{name}: {row:?}"),
        }
        if matches!(context, Context::Lesson | Context::Exercise | Context::Quiz) {
            assert!(
                drawn.iter().any(|h| h.starts_with("Esc ")),
                "{name}: {row:?}"
            );
        }
    }
    // Every context with a footer was drawn.
    for context in [
        Context::Welcome,
        Context::Catalog,
        Context::Filter,
        Context::Lesson,
        Context::Exercise,
        Context::Quiz,
        Context::Editor,
        Context::Help,
        Context::Confirm,
        Context::Solution,
    ] {
        assert!(
            seen.contains(&format!("{context:?}")),
            "{context:?} not drawn"
        );
    }
}

/// A page whose Rust program the learner edited (the move made a clone):
/// the code pane shows their copy, marked edited, and the output the edited
/// copy's own verdict, which is not a pass.
#[test]
fn lesson_with_an_edited_program() {
    let finish = |app: &mut App| {
        let mut go = verdict(Outcome::Passed);
        go.stdout = "hello hello\n".into();
        finish_snippets(app, go, moves_cloned_verdict());
    };
    let mut app = page_with_edited_rust((160, 48));
    finish(&mut app);
    let text = screen_text(&app);
    for shown in ["edited", "a.clone()", "Not as expected", "compiled and ran"] {
        assert!(text.contains(shown), "{shown}\n{text}");
    }
    snap("lesson_edited_160x48", &app);

    // Narrow: the panes are stacked; the Rust output is the last one, so
    // it is focused and zoomed to read the verdict.
    let mut app = page_with_edited_rust((80, 24));
    let text = screen_text(&app);
    assert!(text.contains("edited"), "{text}");
    snap("lesson_edited_80x24", &app);
    finish(&mut app);
    for _ in 0..4 {
        press(&mut app, key(KeyCode::Tab));
    }
    press(&mut app, ch('z'));
    let text = screen_text(&app);
    assert!(text.contains("Rust output · not as expected"), "{text}");
    snap("lesson_edited_run_80x24", &app);
}

/// A code line wider than its pane is cut with a `→` in the pane's last
/// column (the lifecycles page's orphan.go was cut at 80 columns with no
/// mark); zoomed, the pane shows more of it. Never wrapped.
#[test]
fn a_cut_code_line_is_marked_80x24() {
    let long = "fn main() {\n    let a = String::from(\"hello\");\n    println!(\"{a} and a line too long for half of eighty columns, cut at the pane's edge\");\n}\n";
    let mut app = app_at(Some("basics"), (80, 24));
    press(&mut app, ch('l'));
    act(
        &mut app,
        Action::Playground {
            program: moves_rs(),
            event: PlaygroundEvent::Loaded(Ok(Some(long.into()))),
        },
    );
    let text = screen_text(&app);
    let cut: Vec<&str> = text.lines().filter(|l| l.contains("println")).collect();
    assert_eq!(cut.len(), 1, "one line, not wrapped: {text}");
    assert!(cut[0].contains("→│") || cut[0].contains("→┃"), "{text}");
    assert!(!text.contains("pane's edge"), "{text}");
    snap("lesson_cut_line_80x24", &app);
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, ch('z'));
    let text = screen_text(&app);
    assert!(
        text.contains("too long for half of eighty"),
        "zoomed: {text}"
    );

    let mut app = exercise_ready((80, 24));
    load_code(
        &mut app,
        "fn main() {\n    println!(\"a line of the learner's that is longer than the eighty columns of this terminal\");\n}\n",
    );
    press(&mut app, key(KeyCode::Tab));
    let text = screen_text(&app);
    let cut: Vec<&str> = text.lines().filter(|l| l.contains("println")).collect();
    assert_eq!(cut.len(), 1, "{text}");
    assert!(cut[0].contains("→┃") || cut[0].contains("→│"), "{text}");
}

/// The built-in editor on a page program: at 80x24 it takes the body.
#[test]
fn lesson_builtin_editor_80x24() {
    let app = page_editor_on_rust((80, 24), MOVES_CLONED);
    snap("lesson_editor_80x24", &app);
}

/// After a debug run and an `O` run, the Rust output shows both builds.
#[test]
fn lesson_both_rust_builds_160x48() {
    let mut app = app_at(Some("basics"), (160, 48));
    let mut go = verdict(Outcome::Passed);
    go.stdout = "Hello from Go\n".into();
    let mut rust = verdict(Outcome::Passed);
    rust.stdout = "Hello from Rust\n".into();
    finish_snippets(&mut app, go.clone(), rust.clone());
    press(&mut app, ch('O'));
    rust.metrics = gorust::runner::Metrics {
        build_time: Some(std::time::Duration::from_millis(1240)),
        binary_size: Some(3_900_000),
        run_time: Some(std::time::Duration::from_millis(1)),
        peak_memory_kib: Some(1900),
    };
    finish_snippets(&mut app, go, rust);
    let text = screen_text(&app);
    assert!(text.contains("Both Rust builds"), "{text}");
    snap("lesson_both_builds_160x48", &app);
}

/// The prose's line count is cached by what the prose depends on; it must
/// stay the count of the lines drawn, as the theme changes (no new count)
/// and as the page's programs run (the "press r" line goes).
#[test]
fn the_cached_prose_count_is_the_drawn_one() {
    use gorust::tui::app::LessonPane;
    use gorust::tui::{content, layout};
    for size in [(160, 48), (80, 24), (61, 40)] {
        let mut app = app_at(Some("basics"), size);
        let count = |app: &App| {
            draw(app);
            let area = layout::lesson_layout(app).unwrap().prose.unwrap();
            let width = layout::inner(area).width;
            let drawn = content::lesson_pane(app, LessonPane::Prose, width).len();
            (layout::prose_lines(app, width), drawn)
        };
        let (cached, drawn) = count(&app);
        assert_eq!(cached, drawn, "{size:?}");
        assert_eq!(count(&app), (drawn, drawn), "{size:?}, from the cache");
        app.theme = Theme::Light;
        assert_eq!(count(&app), (drawn, drawn), "{size:?}, light");
        press(&mut app, ch('r'));
        let (running, drawn) = count(&app);
        assert_eq!(running, drawn, "{size:?}, running");
        assert!(running < cached, "{size:?}: the run's hint is gone");
        let (go, rust) = (verdict(Outcome::Passed), verdict(Outcome::Passed));
        finish_snippets(&mut app, go, rust);
        let (ran, drawn) = count(&app);
        assert_eq!(ran, drawn, "{size:?}, ran");
    }
}

/// `o` on a code no page explains: rustc's own page in an overlay (the
/// text is what rustc 1.95 prints for E0599), wide and at 80x24.
#[test]
fn rustc_explain_overlay() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/rustc-explain-E0599.md"),
    )
    .unwrap();
    for (size, name) in [
        ((100, 30), "rustc_explain_100x30"),
        ((80, 24), "rustc_explain_80x24"),
    ] {
        let mut app = exercise_ready(size);
        finish_check(&mut app, compile_error_e0599(), attempted(1));
        press(&mut app, ch('o'));
        act(
            &mut app,
            Action::RustcExplained {
                code: "E0599".into(),
                result: Ok(text.clone()),
            },
        );
        snap(name, &app);
    }
}

/// `o` on a Go vet finding: the page that lists the message, with the
/// status saying how to come back.
#[test]
fn go_message_jump() {
    let mut app = go_exercise_ready((100, 30));
    let v = verdict(Outcome::LintFailed {
        diagnostics: GO_VET_COPYLOCKS.into(),
    });
    finish_check_of(&mut app, "threads-count", v, attempted(1));
    snap("go_lint_explained_100x30", &app);
    press(&mut app, ch('o'));
    snap("go_message_jump_100x30", &app);
}

/// The result pane offers rustc's own page when no lesson page explains
/// the code.
#[test]
fn unexplained_code_offers_rustc_explain() {
    let mut app = exercise_ready((100, 30));
    finish_check(&mut app, compile_error_e0599(), attempted(1));
    snap("exercise_unexplained_code_100x30", &app);
    assert!(screen_text(&app).contains("▶ Press o for what rustc --explain E0599 says."));
}
