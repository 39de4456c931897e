//! How fast the terminal UI is: time to the first frame, time to handle a
//! key and redraw while browsing every page and exercise of the built-in
//! pack, and peak memory. Prints a table; asserts nothing.
//!
//!     cargo bench --bench tui
//!
//! The in-process numbers draw on ratatui's TestBackend (all of update and
//! draw, no terminal I/O). With tmux installed, the real binary's first
//! frame in a real terminal is measured too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use gorust::engine::{Engine, EngineOptions};
use gorust::tui::app::{App, TuiOptions};
use gorust::tui::runtime;
use gorust::tui::{keymap, ui, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

fn press(app: &mut App, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = keymap::action_for(app, &key) {
        let _ = update::update(app, action);
    }
}

/// Browses everything with → and returns the time of each key + redraw.
fn browse(app: &mut App, terminal: &mut Terminal<TestBackend>) -> Vec<Duration> {
    let mut times = Vec::new();
    let mut last = String::new();
    for _ in 0..2000 {
        let start = Instant::now();
        press(app, KeyCode::Right);
        terminal.draw(|f| ui::draw(f, app)).unwrap();
        times.push(start.elapsed());
        let here = format!(
            "{:?}{:?}{:?}",
            app.screen,
            app.lesson.as_ref().map(|l| (l.lesson, l.page)),
            app.exercise.as_ref().map(|e| (e.lesson, e.index))
        );
        if here == last {
            break;
        }
        last = here;
    }
    times
}

fn real_first_frame(workspace: &std::path::Path) -> Option<Duration> {
    let bin = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("release")
        .join("gorust");
    let bin = std::env::var_os("GORUST_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or(bin);
    if !bin.exists() || Command::new("tmux").arg("-V").output().is_err() {
        return None;
    }
    let socket = format!("gorust-bench-{}", std::process::id());
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .arg("-L")
            .arg(&socket)
            .args(args)
            .output()
    };
    let cmd = format!(
        "{} --workspace '{}' open orientation; sleep 5",
        bin.display(),
        workspace.display()
    );
    let start = Instant::now();
    tmux(&[
        "new-session",
        "-d",
        "-s",
        "b",
        "-x",
        "160",
        "-y",
        "48",
        &cmd,
    ])
    .ok()?;
    let mut found = None;
    while start.elapsed() < Duration::from_secs(10) {
        let out = tmux(&["capture-pane", "-p", "-t", "b"]).ok()?;
        if String::from_utf8_lossy(&out.stdout).contains("page 1/") {
            found = Some(start.elapsed());
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = tmux(&["kill-server"]);
    found
}

fn main() {
    let workspace = tempfile::tempdir().unwrap();
    let (w, h) = (160u16, 48u16);

    // First frame: open the engine (built-in pack), build the app, draw.
    let start = Instant::now();
    // As the UI opens it: every exercise's copies are made after the frame.
    let engine = Arc::new(
        Engine::open_unprepared(EngineOptions {
            lessons: None,
            workspace: Some(workspace.path().to_path_buf()),
        })
        .unwrap(),
    );
    let options = TuiOptions {
        open: Some("orientation".into()),
        ..TuiOptions::default()
    };
    let (pack, init) = runtime::initial(&*engine, options, (w, h));
    let (mut app, _) = App::new(pack, init);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::draw(f, &app)).unwrap();
    let first_frame = start.elapsed();
    // What the UI's start-up thread then does on this new workspace.
    let prepare = Instant::now();
    engine.prepare_workspace().unwrap();
    let prepare = prepare.elapsed();

    // Browse everything with plain text (syntect still loading), then again
    // highlighted: first visits convert and cache, revisits hit the cache.
    let load = Instant::now();
    let _ = gorust::highlight::highlight(
        "fn main() {}",
        gorust::Lang::Rust,
        gorust::highlight::Background::Dark,
    );
    let syntect_load = load.elapsed();
    let mut first_visit = browse(&mut app, &mut terminal);
    let steps = first_visit.len();
    let (pack, init) = runtime::initial(
        &*engine,
        TuiOptions {
            open: Some("orientation".into()),
            ..TuiOptions::default()
        },
        (w, h),
    );
    let (mut again, _) = App::new(pack, init);
    let mut revisit = browse(&mut again, &mut terminal);
    // Small terminal, stacked layout.
    let (pack, init) = runtime::initial(
        &*engine,
        TuiOptions {
            open: Some("orientation".into()),
            ..TuiOptions::default()
        },
        (80, 24),
    );
    let (mut small, _) = App::new(pack, init);
    let mut small_terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut stacked = browse(&mut small, &mut small_terminal);
    // Scrolling a long page.
    let mut scroll = Vec::new();
    for _ in 0..200 {
        let start = Instant::now();
        press(&mut again, KeyCode::Char('j'));
        terminal.draw(|f| ui::draw(f, &again)).unwrap();
        scroll.push(start.elapsed());
    }
    for v in [&mut first_visit, &mut revisit, &mut stacked, &mut scroll] {
        v.sort();
    }
    let peak = peak_rss_kib();
    // A newcomer's first start (nothing written yet), then a later one.
    let fresh = tempfile::tempdir().unwrap();
    let real_fresh = real_first_frame(fresh.path());
    let real = real_first_frame(workspace.path());

    println!();
    println!(
        "gorust terminal UI, built-in pack: {} lessons, {steps} steps browsed",
        engine.pack().lessons.len()
    );
    println!(
        "{:<48} {:>12} {:>12} {:>12} {:>10}",
        "measure", "median", "p95", "max", "target"
    );
    println!("{}", "-".repeat(98));
    println!(
        "{:<48} {:>12} {:>12} {:>12} {:>10}",
        "first frame (engine + app + draw, 160x48)",
        ms(first_frame),
        "",
        "",
        "< 100 ms"
    );
    for (name, real) in [
        (
            "first frame, real binary in tmux, new workspace",
            real_fresh,
        ),
        ("first frame, real binary in tmux, later starts", real),
    ] {
        if let Some(real) = real {
            println!(
                "{:<48} {:>12} {:>12} {:>12} {:>10}",
                name,
                ms(real),
                "",
                "",
                "< 100 ms"
            );
        }
    }
    println!(
        "{:<48} {:>12} {:>12} {:>12} {:>10}",
        "exercise copies made (after the first frame)",
        ms(prepare),
        "",
        "",
        ""
    );
    println!(
        "{:<48} {:>12} {:>12} {:>12} {:>10}",
        "syntect load (background thread in the app)",
        ms(syntect_load),
        "",
        "",
        ""
    );
    for (name, v) in [
        ("key + redraw, first visit of each page", &first_visit),
        ("key + redraw, pages revisited (cached)", &revisit),
        ("key + redraw, 80x24 stacked", &stacked),
        ("scroll key + redraw", &scroll),
    ] {
        println!(
            "{:<48} {:>12} {:>12} {:>12} {:>10}",
            name,
            ms(percentile(v, 0.5)),
            ms(percentile(v, 0.95)),
            ms(percentile(v, 1.0)),
            "< 16 ms"
        );
    }
    match peak {
        Some(kib) => println!(
            "{:<48} {:>12} {:>12} {:>12} {:>10}",
            "peak memory (VmHWM) after browsing",
            format!("{:.1} MB", kib as f64 / 1024.0),
            "",
            "",
            "< 50 MB"
        ),
        None => println!("peak memory: /proc/self/status not available"),
    }
}
