//! The real event loop, executor and file watcher on a TestBackend, with a
//! fake engine: a solution saved from outside is checked without a key.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "tui_support/mod.rs"]
mod support;

use gorust::tui::app::{Screen, TuiOptions};
use gorust::tui::runtime::{self, Event, Executor};
use gorust::tui::services::{Services, Status};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use support::fake::FakeServices;

fn key(c: char) -> Event {
    Event::Terminal(TermEvent::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

fn wait(what: &str, timeout: Duration, mut pred: impl FnMut() -> bool) {
    let start = Instant::now();
    while !pred() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn outside_save_is_checked_and_passes() {
    let dir = tempfile::tempdir().unwrap();
    let services = Arc::new(FakeServices::new(support::pack(), dir.path().to_path_buf()));
    let options = TuiOptions {
        open: Some("basics-borrow".into()),
        ..TuiOptions::default()
    };
    let init = runtime::initial(&*services, options, (120, 36));
    let (tx, rx) = mpsc::channel();
    let mut executor = Executor::new(Arc::clone(&services), tx.clone(), None);
    let mut terminal = Terminal::new(TestBackend::new(120, 36)).unwrap();

    let outside = {
        let services = Arc::clone(&services);
        let learner = dir.path().join("basics-borrow/borrow.rs");
        std::thread::spawn(move || {
            wait("the learner's copy", Duration::from_secs(10), || {
                learner.exists()
            });
            // Give the watcher its moment to start, as a person would.
            std::thread::sleep(Duration::from_millis(300));
            let solution = std::fs::read_to_string(
                support::fixture_dir().join("01-basics/borrow.solution.rs"),
            )
            .unwrap();
            std::fs::write(&learner, solution).unwrap();
            wait("the pass", Duration::from_secs(10), || {
                services.progress("basics-borrow").status == Status::Passed
            });
            // Let the verdict reach the loop before quitting.
            std::thread::sleep(Duration::from_millis(200));
            tx.send(key('q')).unwrap();
        })
    };
    let app = runtime::run_loop(
        &mut terminal,
        init,
        &mut executor,
        &rx,
        &AtomicBool::new(false),
    )
    .unwrap();
    outside.join().unwrap();
    executor.shutdown();

    assert!(app.quit);
    assert_eq!(app.screen, Screen::Exercise);
    let view = app.exercise.as_ref().unwrap();
    assert!(view.run.verdict().unwrap().passed());
    assert_eq!(app.progress_of("basics-borrow").status, Status::Passed);
    let buffer = terminal.backend().buffer();
    let text: String = buffer.content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("✔ Passed"), "the last frame shows the pass");
    assert!(text.contains("1/3 done"));
    assert!(
        services
            .settings()
            .position(support::PACK_KEY)
            .exercise
            .as_deref()
            == Some("basics-borrow"),
        "position remembered"
    );
}

#[test]
fn built_in_editor_saves_through_the_executor() {
    let dir = tempfile::tempdir().unwrap();
    let services = Arc::new(FakeServices::new(support::pack(), dir.path().to_path_buf()));
    let options = TuiOptions {
        open: Some("basics-borrow".into()),
        ..TuiOptions::default()
    };
    let init = runtime::initial(&*services, options, (100, 30));
    let (tx, rx) = mpsc::channel();
    let mut executor = Executor::new(Arc::clone(&services), tx.clone(), None);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let learner = dir.path().join("basics-borrow/borrow.rs");
    let typist = {
        let learner = learner.clone();
        std::thread::spawn(move || {
            wait("the learner's copy", Duration::from_secs(10), || {
                learner.exists()
            });
            std::thread::sleep(Duration::from_millis(200));
            tx.send(key('i')).unwrap();
            std::thread::sleep(Duration::from_millis(200));
            tx.send(key('/')).unwrap();
            tx.send(key('/')).unwrap();
            tx.send(Event::Terminal(TermEvent::Key(KeyEvent::new(
                KeyCode::Char('s'),
                KeyModifiers::CONTROL,
            ))))
            .unwrap();
            wait("the save", Duration::from_secs(10), || {
                std::fs::read_to_string(&learner)
                    .unwrap()
                    .starts_with("//fn total")
            });
            std::thread::sleep(Duration::from_millis(300));
            tx.send(Event::Terminal(TermEvent::Key(KeyEvent::new(
                KeyCode::Esc,
                KeyModifiers::NONE,
            ))))
            .unwrap();
            tx.send(key('q')).unwrap();
        })
    };
    let app = runtime::run_loop(
        &mut terminal,
        init,
        &mut executor,
        &rx,
        &AtomicBool::new(false),
    )
    .unwrap();
    typist.join().unwrap();
    executor.shutdown();
    assert!(app.quit);
    let saved = std::fs::read_to_string(&learner).unwrap();
    assert!(saved.starts_with("//fn total(v: Vec<i32>)"), "{saved}");
    assert!(saved.ends_with("}\n"), "the final newline is kept");
    // The save was checked (by the watcher or directly), and not passed.
    assert!(services.progress("basics-borrow").attempts >= 1);
}

/// The job slot's token travels in the effects: a cancel effect stops the
/// run that carries the same token, with no table of jobs in the executor.
#[test]
fn the_token_in_the_effects_reaches_the_engine() {
    use gorust::runner::{CancelToken, Outcome};
    use gorust::tui::Effect;
    use gorust::tui::action::Action;
    let dir = tempfile::tempdir().unwrap();
    let services = Arc::new(FakeServices::new(support::pack(), dir.path().to_path_buf()));
    let (tx, rx) = mpsc::channel();
    let mut executor = Executor::new(Arc::clone(&services), tx, None);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let token = CancelToken::new();
    let cancel = Effect::Cancel {
        job: 7,
        token: token.clone(),
    };
    executor.run(cancel, &mut terminal);
    assert!(token.is_cancelled());
    let check = Effect::Check {
        job: 7,
        exercise: "basics-borrow".into(),
        cancel: token,
    };
    executor.run(check, &mut terminal);
    let done = loop {
        match rx.recv_timeout(Duration::from_secs(10)).unwrap() {
            Event::Action(Action::CheckDone { job, result, .. }) => break (job, result),
            _ => continue,
        }
    };
    assert_eq!(done.0, 7);
    assert_eq!(done.1.unwrap().outcome, Outcome::Cancelled);
    executor.shutdown();
}

/// `rustc --explain` is asked on a worker thread: the executor returns at
/// once and the answer comes back through the channel as an action.
#[test]
fn rustc_explain_runs_off_the_ui_thread() {
    use gorust::tui::action::{Action, Effect};
    let dir = tempfile::tempdir().unwrap();
    let services = Arc::new(FakeServices::new(support::pack(), dir.path().to_path_buf()));
    let (tx, rx) = mpsc::channel();
    let mut executor = Executor::new(Arc::clone(&services), tx, None);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    for code in ["E0599", "E9999"] {
        executor.run(Effect::RustcExplain { code: code.into() }, &mut terminal);
        let event = rx.recv_timeout(Duration::from_secs(10)).unwrap();
        let Event::Action(Action::RustcExplained { code: got, result }) = event else {
            panic!("not the explanation: {event:?}")
        };
        assert_eq!(got, code);
        match (code, result) {
            ("E0599", Ok(text)) => assert!(text.contains("E0599"), "{text}"),
            ("E9999", Err(e)) => assert!(
                e.to_string().contains("E9999 is not a valid error code"),
                "{e}"
            ),
            (code, other) => panic!("{code}: {other:?}"),
        }
    }
    executor.shutdown();
}
