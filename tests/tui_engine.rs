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
    Services::run_snippet(engine, run, &NoEvents, &CancelToken::new()).unwrap()
}

/// The playground with the real engine and rustc: the learner's copy of the
/// E0382 page program is made from the page's, edited as $EDITOR would,
/// run in its place (it compiles now, and says so without passing), and
/// reset to the page's program with the edit kept as a backup.
#[test]
fn an_edited_page_program_compiles_after_clone_and_reset_keeps_a_backup() {
    if !common::require("rustc") || !common::require("cargo") {
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
    // The copy is a target of the workspace's Cargo.toml, for rust-analyzer.
    let workspace = copy.ancestors().nth(4).unwrap().to_path_buf();
    let targets = || {
        let out = std::process::Command::new("cargo")
            .args([
                "metadata",
                "--offline",
                "--no-deps",
                "--format-version",
                "1",
            ])
            .current_dir(&workspace)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let listed = targets();
    assert!(listed.contains("\"page-basics-2\""), "{listed}");
    std::fs::write(&copy, MOVES_CLONED).unwrap();
    // rust-analyzer's view: the edited copy builds as that target.
    let check = std::process::Command::new("cargo")
        .args(["check", "--offline", "--quiet", "--bin", "page-basics-2"])
        .current_dir(&workspace)
        .env("CARGO_TARGET_DIR", dir.path().join("target"))
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
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
    let pack = Services::run_snippet(&engine, pack_run, &NoEvents, &CancelToken::new()).unwrap();
    assert_eq!(pack.outcome, Outcome::Passed);

    // Through update, as the page draws it.
    let mut app = page_with_edited_rust((160, 48));
    let fx = update::update(&mut app, Action::RunSnippets);
    let job = fx
        .iter()
        .find_map(|e| match e {
            gorust::tui::Effect::RunSnippet { job, run, .. } if run.program == moves_rs() => {
                Some(*job)
            }
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
    // Its target went with it: cargo still reads the manifest.
    assert!(!targets().contains("\"page-basics-2\""));
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

// ------------------------------------------------------------- formatting

use gorust::runner::{FormatError, Runner};
use gorust::tui::app::Tone;
use gorust::tui::runtime::{Event, Executor};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

const MESSY_RUST: &str = "fn total(v: &[i32]) -> i32 {\nv.iter().sum()\n}\nfn main() {\n    let v = vec![1,2,3];\n    let t = total(&v);\n    println!(\"{v:?}\");\n    println!(\"total = {t}\");\n}\n";
const TIDY_RUST: &str = "fn total(v: &[i32]) -> i32 {\n    v.iter().sum()\n}\nfn main() {\n    let v = vec![1, 2, 3];\n    let t = total(&v);\n    println!(\"{v:?}\");\n    println!(\"total = {t}\");\n}\n";

fn open_editor(app: &mut App, text: &str) {
    act(
        app,
        Action::FileLoaded {
            path: PathBuf::from(LEARNER_FILE),
            result: Ok(text.to_owned()),
        },
    );
    assert!(app.exercise.as_ref().unwrap().editor.is_some());
}

fn buffer(app: &App) -> String {
    app.exercise
        .as_ref()
        .unwrap()
        .editor
        .as_ref()
        .unwrap()
        .text()
}

/// Ctrl-F through the keymap, `update` and the executor to the real
/// engine's rustfmt, and the result back through the channel: the buffer
/// is replaced as one undo step, the file on disk is not touched.
#[test]
fn ctrl_f_formats_the_buffer_with_the_real_rustfmt() {
    if !common::require("rustfmt") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let engine = Arc::new(engine(dir.path()));
    let mut app = exercise_ready((100, 30));
    open_editor(&mut app, MESSY_RUST);
    // The cursor on `let v = ...` (row 4), three characters into the code.
    for k in [KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Down] {
        press(&mut app, key(k));
    }
    for _ in 0..7 {
        press(&mut app, key(KeyCode::Right));
    }
    let (tx, rx) = mpsc::channel();
    let mut executor = Executor::new(Arc::clone(&engine), tx, None);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let fx = press(&mut app, ctrl('f'));
    assert!(
        matches!(
            fx.as_slice(),
            [gorust::tui::Effect::Format {
                lang: Lang::Rust,
                ..
            }]
        ),
        "{fx:?}"
    );
    assert!(app.message.as_ref().unwrap().text.contains("rustfmt"));
    executor.run_all(fx, &mut terminal);
    let Event::Action(done) = rx.recv_timeout(Duration::from_secs(120)).unwrap() else {
        panic!("the formatter answers with an action");
    };
    assert!(matches!(done, Action::Formatted { .. }), "{done:?}");
    act(&mut app, done);
    executor.shutdown();
    assert_eq!(buffer(&app), TIDY_RUST);
    let message = app.message.clone().unwrap();
    assert_eq!(message.tone, Tone::Good);
    assert!(
        message.text.contains("Formatted with rustfmt"),
        "{}",
        message.text
    );
    let editor = app.exercise.as_ref().unwrap().editor.as_ref().unwrap();
    assert!(editor.modified(), "formatted, not saved");
    assert_eq!(editor.cursor(), (4, 7), "still on `let v`");
    press(&mut app, ctrl('z'));
    assert_eq!(buffer(&app), MESSY_RUST, "one undo step");
    press(&mut app, ctrl('y'));
    assert_eq!(buffer(&app), TIDY_RUST);
}

/// gofmt through the engine; a buffer that does not parse is left as it
/// is, with gofmt's message and line in the status.
#[test]
fn gofmt_formats_and_a_syntax_error_leaves_the_buffer_untouched() {
    if !common::require("go") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path());
    let cancel = CancelToken::new();
    let messy = "package main\nimport \"fmt\"\nfunc main() {\nfmt.Println( \"hi\" )\n}\n";
    let tidy = Services::format(&engine, Lang::Go, messy, &cancel).unwrap();
    assert_eq!(
        tidy,
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n"
    );

    let broken = "package main\n\nfunc main() {\n\tx := \n}\n";
    let error = Services::format(&engine, Lang::Go, broken, &cancel).unwrap_err();
    assert_eq!(error.line(), Some(5), "{error}");
    let mut app = exercise_ready((100, 30));
    open_editor(&mut app, broken);
    act(
        &mut app,
        Action::Formatted {
            path: PathBuf::from(LEARNER_FILE),
            source: broken.to_owned(),
            result: Err(error),
        },
    );
    assert_eq!(buffer(&app), broken);
    let message = app.message.clone().unwrap();
    assert_eq!(message.tone, Tone::Bad);
    assert!(
        message
            .text
            .starts_with("gofmt cannot format this: line 5:"),
        "{}",
        message.text
    );
    assert!(
        message.text.ends_with("(your code is unchanged)"),
        "{}",
        message.text
    );

    let rust_error = Services::format(
        &engine,
        Lang::Rust,
        "fn main() {\n    let x = ;\n}\n",
        &cancel,
    );
    if common::require("rustfmt") {
        assert_eq!(rust_error.unwrap_err().line(), Some(2));
    }
}

/// Without gofmt or rustfmt the status says what to install; no crash,
/// and the buffer stays.
#[test]
fn a_missing_formatter_is_a_clear_status() {
    let dir = tempfile::tempdir().unwrap();
    let runner = Runner::new(dir.path().to_path_buf()).with_search_path("");
    let cancel = CancelToken::new();
    let go = runner
        .format(Lang::Go, "package main\n", &cancel)
        .unwrap_err();
    assert!(
        matches!(go, FormatError::Missing { tool: "gofmt", .. }),
        "{go:?}"
    );
    assert!(go.to_string().contains("gofmt was not found"), "{go}");
    let rust = runner
        .format(Lang::Rust, "fn main() {}\n", &cancel)
        .unwrap_err();
    assert!(
        rust.to_string().contains("rustup component add rustfmt"),
        "{rust}"
    );

    let mut app = exercise_ready((100, 30));
    open_editor(&mut app, MESSY_RUST);
    act(
        &mut app,
        Action::Formatted {
            path: PathBuf::from(LEARNER_FILE),
            source: MESSY_RUST.to_owned(),
            result: Err(rust),
        },
    );
    assert_eq!(buffer(&app), MESSY_RUST);
    let text = &app.message.as_ref().unwrap().text;
    assert!(text.starts_with("rustfmt was not found"), "{text}");
}

/// A buffer typed into while the formatter ran is not replaced by the
/// formatting of its older text.
#[test]
fn a_format_of_an_older_buffer_is_dropped() {
    let mut app = exercise_ready((100, 30));
    open_editor(&mut app, MESSY_RUST);
    press(&mut app, ch('x'));
    act(
        &mut app,
        Action::Formatted {
            path: PathBuf::from(LEARNER_FILE),
            source: MESSY_RUST.to_owned(),
            result: Ok(TIDY_RUST.to_owned()),
        },
    );
    assert_eq!(buffer(&app), format!("x{MESSY_RUST}"));
    assert!(app.message.as_ref().unwrap().text.contains("Ctrl-F again"));
}

/// Ctrl-F pressed twice: the first answer formats, the second (for the
/// text before it) changes nothing and says nothing more.
#[test]
fn a_second_format_answer_is_quiet() {
    let mut app = exercise_ready((100, 30));
    open_editor(&mut app, MESSY_RUST);
    let answer = || Action::Formatted {
        path: PathBuf::from(LEARNER_FILE),
        source: MESSY_RUST.to_owned(),
        result: Ok(TIDY_RUST.to_owned()),
    };
    act(&mut app, answer());
    let said = app.message.clone().unwrap();
    assert!(
        said.text.contains("Formatted with rustfmt"),
        "{}",
        said.text
    );
    act(&mut app, answer());
    assert_eq!(app.message.as_ref(), Some(&said));
    assert_eq!(buffer(&app), TIDY_RUST);
    press(&mut app, ctrl('z'));
    assert_eq!(buffer(&app), MESSY_RUST, "still one undo step");
}

/// The engine's solution carries the learner's copy as it is on disk, so
/// the overlay's diff is against what was saved.
#[test]
fn the_engine_solution_carries_the_learners_copy() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path());
    let copy = Services::learner_files(&engine, "basics-borrow").unwrap()[0].clone();
    std::fs::remove_file(&copy).unwrap();
    let before = Services::solution(&engine, "basics-borrow", true).unwrap();
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].path, "borrow.rs");
    assert_eq!(before[0].yours, None, "no copy");
    assert!(before[0].note().unwrap().contains("no copy"));
    std::fs::write(&copy, "fn main() {}\n").unwrap();
    let after = Services::solution(&engine, "basics-borrow", true).unwrap();
    assert_eq!(after[0].yours.as_deref(), Some("fn main() {}\n"));
    assert_eq!(after[0].reference, borrow_solution());
    assert!(!after[0].diff().is_empty());
}

/// Ctrl-F in a page program's editor (the playground) formats that buffer
/// the same way, through the real rustfmt.
#[test]
fn ctrl_f_formats_a_page_programs_buffer_too() {
    if !common::require("rustfmt") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path());
    let messy = "fn main() {\nlet a = String::from(\"hello\");\n    let b = a.clone();\n    println!(\"{a} {b}\");\n}\n";
    let mut app = page_editor_on_rust((100, 30), messy);
    let editor = |app: &App| {
        app.lesson
            .as_ref()
            .unwrap()
            .editor
            .as_ref()
            .map(|e| e.text())
    };
    assert_eq!(
        editor(&app).as_deref(),
        Some(messy),
        "the page's editor is open"
    );
    let fx = press(&mut app, ctrl('f'));
    let Some(gorust::tui::Effect::Format { lang, text, .. }) = fx.first() else {
        panic!("{fx:?}");
    };
    assert_eq!((*lang, text.as_str()), (Lang::Rust, messy));
    let result = Services::format(&engine, Lang::Rust, messy, &CancelToken::new());
    act(
        &mut app,
        Action::Formatted {
            path: PathBuf::from(PAGE_RUST_COPY),
            source: messy.into(),
            result,
        },
    );
    assert_eq!(
        editor(&app).as_deref(),
        Some(
            "fn main() {\n    let a = String::from(\"hello\");\n    let b = a.clone();\n    println!(\"{a} {b}\");\n}\n"
        )
    );
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

/// The terminal UI opens the engine without making every exercise's copy,
/// then makes them on a thread while the learner may already be opening
/// and editing one: an edit is never overwritten, and every copy is made.
#[test]
fn copies_made_after_the_first_frame_never_overwrite_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let options = || EngineOptions {
        lessons: Some(fixture_dir()),
        workspace: Some(dir.path().to_path_buf()),
    };
    let engine = Arc::new(Engine::open_unprepared(options()).unwrap());
    let code_ids: Vec<String> = engine
        .pack()
        .exercises()
        .filter(|(_, e)| matches!(e.kind, gorust::pack::ExerciseKind::Code(_)))
        .map(|(_, e)| e.id.clone())
        .collect();
    assert!(code_ids.len() >= 2, "{code_ids:?}");
    let main_file = |id: &str| {
        engine
            .workspace()
            .paths(engine.pack().exercise(id).unwrap().1)
            .unwrap()[0]
            .clone()
    };
    assert!(
        code_ids.iter().all(|id| !main_file(id).exists()),
        "nothing is made before the first frame"
    );

    let edited = &code_ids[code_ids.len() - 1];
    let preparing = {
        let engine = Arc::clone(&engine);
        std::thread::spawn(move || engine.prepare_workspace())
    };
    // Opened and edited while the pass may still run.
    let files = Services::learner_files(&*engine, edited).unwrap();
    std::fs::write(&files[0], "// the learner's own\n").unwrap();
    preparing.join().unwrap().unwrap();

    assert_eq!(
        std::fs::read_to_string(&files[0]).unwrap(),
        "// the learner's own\n"
    );
    for id in &code_ids {
        assert!(main_file(id).exists(), "{id}: its copy is made");
    }
    // A second pass (the next start) leaves the edit alone too.
    Engine::open(options()).unwrap();
    assert_eq!(
        std::fs::read_to_string(&files[0]).unwrap(),
        "// the learner's own\n"
    );
}
