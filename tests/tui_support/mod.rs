//! Shared by the UI tests: the fixture pack, an app in a known state, and
//! drawing it on a TestBackend.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod fake;

use gorust::Lang;
use gorust::pack::{Pack, load_dir};
use gorust::runner::{DiffLine, DiffTag, Metrics, Outcome, Verdict};
use gorust::settings::Settings;
use gorust::tui::action::{Action, Effect, PlaygroundEvent};
use gorust::tui::app::{App, Init, TuiOptions};
use gorust::tui::services::{ExerciseProgress, SolutionFile, Status, ToolInfo};
use gorust::tui::theme::Theme;
use gorust::tui::{keymap, ui, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui-pack")
}

pub fn pack() -> Pack {
    let loaded = load_dir(&fixture_dir());
    assert!(
        loaded.problems.is_empty(),
        "fixture pack problems: {:?}",
        loaded.problems
    );
    loaded.pack
}

pub fn tools() -> Vec<ToolInfo> {
    vec![
        ToolInfo {
            name: "go".into(),
            essential: true,
            version: Some("go version go1.26.0 linux/amd64".into()),
            help: String::new(),
        },
        ToolInfo {
            name: "rustc".into(),
            essential: true,
            version: Some("rustc 1.95.0".into()),
            help: String::new(),
        },
        ToolInfo {
            name: "cargo".into(),
            essential: true,
            version: Some("cargo 1.95.0".into()),
            help: String::new(),
        },
    ]
}

/// Where the fixture pack's position is kept in the settings.
pub const PACK_KEY: &str = "tui-pack";

pub fn init(size: (u16, u16)) -> Init {
    Init {
        progress: HashMap::new(),
        settings: Settings {
            welcomed: true,
            ..Settings::default()
        },
        pack_key: PACK_KEY.into(),
        toolchains: tools(),
        problems: Vec::new(),
        options: TuiOptions::default(),
        color: true,
        default_theme: Theme::Dark,
        size,
    }
}

/// An app opened at `open` (or the catalog), effects of opening discarded.
pub fn app_at(open: Option<&str>, size: (u16, u16)) -> App {
    let mut init = init(size);
    init.options.open = open.map(str::to_owned);
    let (mut app, _) = App::new(Arc::new(pack()), init);
    if open.is_none() {
        app.screen = gorust::tui::app::Screen::Catalog;
        app.message = None;
    }
    app
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// A key through the keymap and update, as the running app does.
pub fn press(app: &mut App, k: KeyEvent) -> Vec<Effect> {
    match keymap::action_for(app, &k) {
        Some(action) => update::update(app, action),
        None => Vec::new(),
    }
}

pub fn act(app: &mut App, action: Action) -> Vec<Effect> {
    update::update(app, action)
}

pub fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| ui::draw(f, app)).unwrap();
    terminal
}

pub fn screen_text(app: &App) -> String {
    let terminal = draw(app);
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

pub const LEARNER_FILE: &str = "/home/learner/gorust/basics-borrow/borrow.rs";

/// The exercise with its (fixed) learner file known and watched.
pub fn exercise_ready(size: (u16, u16)) -> App {
    let mut app = app_at(Some("basics-borrow"), size);
    act(
        &mut app,
        Action::FilesReady {
            exercise: "basics-borrow".into(),
            result: Ok(vec![PathBuf::from(LEARNER_FILE)]),
        },
    );
    act(&mut app, Action::Watching(Ok(())));
    app
}

/// The learner's copy of basics-borrow, with the move that E0382 reports
/// on line 8 (as [`RUSTC_E0382`] says).
pub const LEARNER_CODE: &str = "fn total(v: Vec<i32>) -> i32 {\n    v.iter().sum()\n}\n\nfn main() {\n    let v = vec![1, 2, 3];\n    let t = total(v);\n    println!(\"{v:?}\");\n    println!(\"total = {t}\");\n}\n";

/// The code pane's read of the learner's file comes back with `text`.
pub fn load_code(app: &mut App, text: &str) {
    act(
        app,
        Action::CodeLoaded {
            path: PathBuf::from(LEARNER_FILE),
            result: Ok(text.to_owned()),
        },
    );
}

/// One file of a solution, with the learner's copy or none.
pub fn solution_file(path: &str, reference: &str, yours: Option<&str>) -> SolutionFile {
    SolutionFile {
        path: path.into(),
        reference: reference.into(),
        yours: yours.map(str::to_owned),
    }
}

/// The fixture exercise's reference solution.
pub fn borrow_solution() -> String {
    std::fs::read_to_string(fixture_dir().join("01-basics/borrow.solution.rs")).unwrap()
}

pub fn metrics() -> Metrics {
    Metrics {
        build_time: Some(Duration::from_millis(412)),
        binary_size: Some(4_215_000),
        run_time: Some(Duration::from_millis(2)),
        peak_memory_kib: Some(2100),
    }
}

pub fn verdict(outcome: Outcome) -> Verdict {
    Verdict::new(outcome).with_metrics(metrics())
}

pub fn wrong_output() -> Verdict {
    let mut v = verdict(Outcome::WrongOutput {
        expected: "total = 6\n".into(),
        actual: "[1, 2, 3]\ntotal = 7\n".into(),
        diff: vec![
            DiffLine {
                tag: DiffTag::Insert,
                text: "[1, 2, 3]".into(),
            },
            DiffLine {
                tag: DiffTag::Delete,
                text: "total = 6".into(),
            },
            DiffLine {
                tag: DiffTag::Insert,
                text: "total = 7".into(),
            },
        ],
    });
    v.stdout = "[1, 2, 3]\ntotal = 7\n".into();
    v
}

pub const RUSTC_E0382: &str = "\u{1b}[0m\u{1b}[1m\u{1b}[38;5;9merror[E0382]\u{1b}[0m\u{1b}[0m\u{1b}[1m: borrow of moved value: `v`\u{1b}[0m\n\u{1b}[0m \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m--> \u{1b}[0m\u{1b}[0mborrow.rs:8:16\u{1b}[0m\n\u{1b}[0m  \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m|\u{1b}[0m\n\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m6\u{1b}[0m\u{1b}[0m \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m|\u{1b}[0m\u{1b}[0m \u{1b}[0m\u{1b}[0m    let v = vec![1, 2, 3];\u{1b}[0m\n\u{1b}[0m  \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m|\u{1b}[0m\u{1b}[0m         \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m-\u{1b}[0m\u{1b}[0m \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12mmove occurs because `v` has type `Vec<i32>`\u{1b}[0m\n\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m7\u{1b}[0m\u{1b}[0m \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m|\u{1b}[0m\u{1b}[0m \u{1b}[0m\u{1b}[0m    let t = total(v);\u{1b}[0m\n\u{1b}[0m  \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m|\u{1b}[0m\u{1b}[0m                   \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m-\u{1b}[0m\u{1b}[0m \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12mvalue moved here\u{1b}[0m\n\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m8\u{1b}[0m\u{1b}[0m \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m|\u{1b}[0m\u{1b}[0m \u{1b}[0m\u{1b}[0m    println!(\"{v:?}\");\u{1b}[0m\n\u{1b}[0m  \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;12m|\u{1b}[0m\u{1b}[0m               \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;9m^^^^^\u{1b}[0m\u{1b}[0m \u{1b}[0m\u{1b}[0m\u{1b}[1m\u{1b}[38;5;9mvalue borrowed here after move\u{1b}[0m\n";

pub fn compile_error() -> Verdict {
    let mut v = verdict(Outcome::CompileError {
        diagnostics: RUSTC_E0382.into(),
        codes: vec!["E0382".into()],
    });
    v.metrics = Metrics {
        build_time: Some(Duration::from_millis(380)),
        ..Metrics::default()
    };
    v
}

/// Runs a check to completion with `verdict` through update.
pub fn finish_check(app: &mut App, verdict: Verdict, progress: ExerciseProgress) {
    finish_check_of(app, "basics-borrow", verdict, progress);
}

/// The Go exercise (threads-count) with its learner file known.
pub fn go_exercise_ready(size: (u16, u16)) -> App {
    let mut app = app_at(Some("threads-count"), size);
    act(
        &mut app,
        Action::FilesReady {
            exercise: "threads-count".into(),
            result: Ok(vec![PathBuf::from(
                "/home/learner/gorust/threads-count/count.go",
            )]),
        },
    );
    app
}

/// What go vet (Go 1.26) says of a `sync.Mutex` passed by value.
pub const GO_VET_COPYLOCKS: &str = "./count.go:13:13: show passes lock by value: exercises/threads-count.counter contains sync.Mutex\n";

/// A rustc error no page of the fixture pack explains.
pub fn compile_error_e0599() -> Verdict {
    verdict(Outcome::CompileError {
        diagnostics: "error[E0599]: no method named `summ` found for struct `Iter` in the current scope\n --> borrow.rs:2:14\n".into(),
        codes: vec!["E0599".into()],
    })
}

/// Runs a check of `exercise` to completion with `verdict` through update.
pub fn finish_check_of(
    app: &mut App,
    exercise: &str,
    verdict: Verdict,
    progress: ExerciseProgress,
) {
    let fx = press(app, ch('c'));
    let job = fx
        .iter()
        .find_map(|e| match e {
            Effect::Check { job, .. } => Some(*job),
            _ => None,
        })
        .expect("c starts a check");
    act(
        app,
        Action::CheckDone {
            job,
            exercise: exercise.into(),
            result: Ok(verdict),
            progress: Some(progress),
        },
    );
}

pub fn attempted(attempts: u32) -> ExerciseProgress {
    ExerciseProgress {
        status: Status::Attempted,
        attempts,
        ..ExerciseProgress::default()
    }
}

pub fn passed(attempts: u32) -> ExerciseProgress {
    ExerciseProgress {
        status: Status::Passed,
        attempts,
        ..ExerciseProgress::default()
    }
}

/// Runs the page's snippets with these verdicts (by language).
pub fn finish_snippets(app: &mut App, go: Verdict, rust: Verdict) {
    let fx = press(app, ch('r'));
    for e in fx {
        if let Effect::RunSnippet { job, run, .. } = e {
            let lang = run.program.lang;
            let v = if lang == Lang::Go {
                go.clone()
            } else {
                rust.clone()
            };
            act(
                app,
                Action::SnippetDone {
                    job,
                    lang,
                    result: Ok(v),
                },
            );
        }
    }
}

/// The fixture's `moves.rs` with the move turned into a clone: it compiles.
pub const MOVES_CLONED: &str = "fn main() {\n    let a = String::from(\"hello\");\n    let b = a.clone();\n    println!(\"{a} {b}\");\n}\n";

/// The Rust program of the page "Moving a String" (basics, page 2).
pub fn moves_rs() -> gorust::tui::services::PageProgram {
    gorust::tui::services::PageProgram {
        lesson: "basics".into(),
        page: 1,
        lang: Lang::Rust,
    }
}

/// What the engine says of `MOVES_CLONED`, run in place of a page program
/// that must not compile (tests/tui_engine.rs checks the real one says so).
pub fn moves_cloned_verdict() -> Verdict {
    Verdict::new(Outcome::NotAsExpected {
        expected: "a compile error with E0382 (the page's program)".into(),
        actual: "your copy compiled and ran, and exited with status 0".into(),
    })
    .with_metrics(metrics())
    .with_stdout("hello hello\n")
}

/// The basics lesson at its second page (a Rust program that must not
/// compile), with the learner's edited copy of it loaded.
pub fn page_with_edited_rust(size: (u16, u16)) -> App {
    let mut app = app_at(Some("basics"), size);
    press(&mut app, ch('l'));
    act(
        &mut app,
        Action::Playground {
            program: moves_rs(),
            event: PlaygroundEvent::Loaded(Ok(Some(MOVES_CLONED.into()))),
        },
    );
    app
}

/// Where the learner's copy of the page's Rust program is, in these tests.
pub const PAGE_RUST_COPY: &str = "/ws/playground/basics/2-rust/moves.rs";

/// [`page_with_edited_rust`] with the built-in editor open on the Rust
/// program (focused with Tab, its copy ready and read back as `text`).
pub fn page_editor_on_rust(size: (u16, u16), text: &str) -> App {
    let mut app = page_with_edited_rust(size);
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, key(KeyCode::Tab));
    let path = PathBuf::from(PAGE_RUST_COPY);
    act(
        &mut app,
        Action::Playground {
            program: moves_rs(),
            event: PlaygroundEvent::Ready {
                builtin: true,
                result: Ok(path.clone()),
            },
        },
    );
    act(
        &mut app,
        Action::FileLoaded {
            path,
            result: Ok(text.into()),
        },
    );
    app
}
