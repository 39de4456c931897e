//! The real binary in a real terminal (tmux): open an exercise, save a
//! correct solution from outside, see the verdict turn to Passed without a
//! key press, quit, and find the terminal back in normal mode. And the same
//! restore after SIGTERM in the middle of a session.
//!
//! Needs tmux, go and cargo. Without them the tests print SKIP, except on CI
//! (the CI variable set), where a missing tool is a failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const WIDTH: u16 = 160;
const HEIGHT: u16 = 40;

fn have(tool: &str, arg: &str) -> bool {
    Command::new(tool)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// False (after saying SKIP) when the tools are missing outside CI.
fn tools_ready() -> bool {
    let missing: Vec<&str> = [("tmux", "-V"), ("go", "version"), ("cargo", "--version")]
        .into_iter()
        .filter(|(t, a)| !have(t, a))
        .map(|(t, _)| t)
        .collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "CI is set but {} missing: the end-to-end UI tests cannot run",
            missing.join(", ")
        );
    }
    eprintln!("SKIP: {} not installed", missing.join(", "));
    false
}

/// One tmux server per test, on its own socket, killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str, command: &str) -> Tmux {
        let socket = format!("gorust-e2e-{name}-{}", std::process::id());
        let tmux = Tmux { socket };
        let out = tmux.run(&[
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            &WIDTH.to_string(),
            "-y",
            &HEIGHT.to_string(),
            "sh",
            "-c",
            command,
        ]);
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            // A clean environment for the inner terminal.
            .env_remove("TMUX")
            .output()
            .expect("tmux runs")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }

    fn format(&self, what: &str) -> String {
        String::from_utf8_lossy(&self.run(&["display", "-p", "-t", "t", what]).stdout)
            .trim()
            .to_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Polls the screen until `pred` holds.
    fn wait_for(&self, what: &str, timeout: Duration, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if pred(&screen) {
                return screen;
            }
            if start.elapsed() > timeout {
                panic!("timed out after {timeout:?} waiting for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn wait_text(&self, text: &str, timeout: Duration) -> String {
        self.wait_for(text, timeout, |s| s.contains(text))
    }

    fn alternate_on(&self) -> bool {
        self.format("#{alternate_on}") == "1"
    }

    /// The gorust process: the child of the pane's shell.
    fn gorust_pid(&self) -> i32 {
        let shell = self.format("#{pane_pid}");
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .unwrap_or_default();
        children
            .split_whitespace()
            .next()
            .and_then(|p| p.parse().ok())
            .expect("gorust runs under the pane's shell")
    }

    /// After gorust exits: alternate screen left, and a shell prompt that
    /// echoes and reads lines (not raw mode).
    fn assert_terminal_restored(&self, exit_line: &str) {
        self.wait_text(exit_line, Duration::from_secs(10));
        assert!(
            !self.alternate_on(),
            "the alternate screen is still on:\n{}",
            self.screen()
        );
        assert_eq!(
            self.format("#{mouse_any_flag}"),
            "0",
            "mouse reporting left on"
        );
        // The shell computes the marker, so the typed command never matches it.
        self.keys(&["stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e icanon | tr '\\n' ' '; echo SHELL_$((40+2))", "Enter"]);
        let screen = self.wait_text("SHELL_42", Duration::from_secs(5));
        // The echo of the typed command proves echo; stty proves cooked mode.
        let line = screen
            .lines()
            .find(|l| l.ends_with("SHELL_42") && !l.contains("stty"))
            .unwrap_or_default();
        assert!(
            line.split_whitespace().any(|w| w == "echo")
                && line.split_whitespace().any(|w| w == "icanon"),
            "terminal not in normal mode (stty lacks echo or icanon):\n{screen}"
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn fixture_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui-pack")
}

fn find_file(dir: &Path, name: &str) -> Option<PathBuf> {
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == ".cache") {
                continue;
            }
            if let Some(found) = find_file(&path, name) {
                return Some(found);
            }
        } else if path.file_name().is_some_and(|n| n == name) {
            return Some(path);
        }
    }
    None
}

fn command(workspace: &Path, args: &str) -> String {
    format!(
        "TERM=xterm-256color {} --workspace '{}' --lessons '{}' {args}; echo GORUST_EXIT=$?; exec sh",
        env!("CARGO_BIN_EXE_gorust"),
        workspace.display(),
        fixture_pack().display()
    )
}

/// Waits until gorust has taken over the terminal (the alternate screen).
fn wait_for_ui(tmux: &Tmux) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if tmux.alternate_on() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "gorust did not enter the alternate screen:\n{}",
        tmux.screen()
    );
}

#[test]
fn saving_a_solution_from_outside_passes_without_a_key() {
    if !tools_ready() {
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("pass", &command(workspace.path(), "open basics-borrow"));
    wait_for_ui(&tmux);
    tmux.wait_text("◉ watching", Duration::from_secs(20));
    let learner = find_file(workspace.path(), "borrow.rs").expect("the learner's copy exists");
    assert!(tmux.screen().contains("Borrow instead of moving"));
    let solution =
        std::fs::read_to_string(fixture_pack().join("01-basics/borrow.solution.rs")).unwrap();
    std::fs::write(&learner, solution).unwrap();
    tmux.wait_text("✔ Passed", Duration::from_secs(90));
    tmux.wait_text("1/3 done", Duration::from_secs(5));
    tmux.keys(&["q"]);
    tmux.assert_terminal_restored("GORUST_EXIT=0");
}

/// The first frame does not wait for the workspace: the exercises' copies
/// are made after it, off the UI thread, without a key.
#[test]
fn every_exercise_copy_is_made_after_the_first_frame() {
    if !tools_ready() {
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("prepare", &command(workspace.path(), ""));
    wait_for_ui(&tmux);
    let start = Instant::now();
    let missing = || {
        ["borrow.rs", "count.go"]
            .into_iter()
            .filter(|name| find_file(workspace.path(), name).is_none())
            .collect::<Vec<_>>()
    };
    while !missing().is_empty() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(missing(), Vec::<&str>::new(), "{}", tmux.screen());
    tmux.keys(&["q"]);
    tmux.assert_terminal_restored("GORUST_EXIT=0");
}

#[test]
fn sigterm_restores_the_terminal() {
    if !tools_ready() {
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("term", &command(workspace.path(), "open basics"));
    wait_for_ui(&tmux);
    tmux.wait_text("Hello, side by side", Duration::from_secs(10));
    // Mid-session: the programs are being built when the signal arrives.
    tmux.keys(&["r"]);
    // Once gorust has read the key (else it would be left for the shell):
    // the output panes open when the run starts.
    tmux.wait_text("Go output", Duration::from_secs(30));
    let pid = tmux.gorust_pid();
    let status = Command::new("kill")
        .arg("-TERM")
        .arg(pid.to_string())
        .status()
        .unwrap();
    assert!(status.success());
    // 128 + SIGTERM, as a shell reports a process stopped by the signal.
    tmux.assert_terminal_restored("GORUST_EXIT=143");
}

/// The exercise screen with the real binary: the learner's file beside the
/// result, the error's line marked; `o` then Esc keeps the result; a save
/// from outside refreshes the file and passes; N opens the next exercise.
#[test]
fn the_code_pane_marks_the_error_keeps_the_result_and_follows_a_save() {
    if !tools_ready() {
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("code", &command(workspace.path(), "open basics-borrow"));
    wait_for_ui(&tmux);
    tmux.wait_text("◉ watching", Duration::from_secs(20));
    tmux.wait_text("borrow.rs · read-only", Duration::from_secs(10));
    tmux.keys(&["c"]);
    let screen = tmux.wait_text("Compile error", Duration::from_secs(90));
    assert!(
        screen.contains("borrow.rs · read-only · line 8"),
        "{screen}"
    );
    assert!(screen.contains(" 8▶"), "{screen}");

    tmux.keys(&["o"]);
    tmux.wait_text("Esc returns to the exercise", Duration::from_secs(10));
    tmux.keys(&["Escape"]);
    // The file is read again on coming back; the kept verdict marks it.
    let screen = tmux.wait_text(" 8▶", Duration::from_secs(10));
    assert!(screen.contains("Borrow instead of moving"), "{screen}");
    assert!(screen.contains("Compile error"), "kept: {screen}");
    assert!(!screen.contains("Not checked yet"), "{screen}");
    tmux.wait_text("◉ watching", Duration::from_secs(20));

    let learner = find_file(workspace.path(), "borrow.rs").expect("the learner's copy exists");
    let solution =
        std::fs::read_to_string(fixture_pack().join("01-basics/borrow.solution.rs")).unwrap();
    std::fs::write(&learner, solution).unwrap();
    let screen = tmux.wait_text("✔ Passed", Duration::from_secs(90));
    let screen = if screen.contains("fn total(v: &[i32])") {
        screen
    } else {
        tmux.wait_text("fn total(v: &[i32])", Duration::from_secs(10))
    };
    assert!(!screen.contains("8▶"), "no mark after a pass: {screen}");
    assert!(screen.contains("N next unfinished"), "{screen}");
    tmux.keys(&["N"]);
    tmux.wait_text("What does this print?", Duration::from_secs(10));
    tmux.keys(&["q"]);
    tmux.assert_terminal_restored("GORUST_EXIT=0");
}

/// The built-in editor and the solution overlay with the real binary and
/// the real rustfmt: a passing but untidy file is formatted by Ctrl-F as
/// one step and saved; then `s` shows how it differs from the reference.
#[test]
fn ctrl_f_formats_and_s_shows_the_diff_after_a_pass() {
    if !tools_ready() || !have("rustfmt", "--version") {
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("format", &command(workspace.path(), "open basics-borrow"));
    wait_for_ui(&tmux);
    tmux.wait_text("◉ watching", Duration::from_secs(20));
    let learner = find_file(workspace.path(), "borrow.rs").expect("the learner's copy exists");
    let untidy = "fn total(v: &[i32]) -> i32 {\nv.iter().sum::<i32>()\n}\n\nfn main() {\n    let v = vec![1,2,3];\n    let t = total(&v);\n    println!(\"total = {t}\");\n}\n";
    std::fs::write(&learner, untidy).unwrap();
    tmux.wait_text("✔ Passed", Duration::from_secs(90));

    tmux.keys(&["i"]);
    tmux.wait_text("Editing here", Duration::from_secs(10));
    tmux.keys(&["C-f"]);
    // A capture can catch a frame half drawn: wait for all of it.
    tmux.wait_for("the formatted buffer", Duration::from_secs(30), |s| {
        s.contains("Formatted with rustfmt")
            && s.contains("let v = vec![1, 2, 3];")
            && s.contains("Ctrl-F format")
    });
    tmux.keys(&["C-s"]);
    tmux.wait_for(
        "the formatted file on disk",
        Duration::from_secs(10),
        |_| {
            std::fs::read_to_string(&learner)
                .is_ok_and(|t| t.contains("    v.iter().sum::<i32>()\n"))
        },
    );
    // The file is on disk before gorust hears that the write is done: Esc
    // before that would ask whether to discard the (still unsaved) edits.
    tmux.wait_text("· saved", Duration::from_secs(10));
    tmux.keys(&["Escape"]);
    tmux.wait_for("the editor closed", Duration::from_secs(10), |s| {
        !s.contains("Editing borrow.rs")
    });
    tmux.keys(&["s"]);
    tmux.wait_for("the diff overlay", Duration::from_secs(20), |s| {
        s.contains("Your solution passes; here is how it differs from the reference")
            && s.contains("-    v.iter().sum::<i32>()")
            && s.contains("+    v.iter().sum()")
    });
    tmux.keys(&["Tab"]);
    tmux.wait_text("Reference solution", Duration::from_secs(10));
    // Apart: Esc then q at once would reach gorust as Alt-q.
    tmux.keys(&["Escape"]);
    tmux.wait_for("the overlay closed", Duration::from_secs(10), |s| {
        !s.contains("Reference solution")
    });
    tmux.keys(&["q"]);
    tmux.assert_terminal_restored("GORUST_EXIT=0");
}

/// A page program edited from outside, as $EDITOR would (a script that
/// applies a sed edit to the file it is given): back on the page the copy is
/// shown as edited, `r` runs it and shows its verdict (it compiles now, and
/// that is not the page's expectation), `x` then `y` puts the page's program
/// back and `r` gives E0382 again.
#[test]
fn a_page_program_edited_outside_runs_with_r_and_resets_with_x() {
    if !tools_ready() {
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let script = workspace.path().join("add-clone.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nsed -i 's/let b = a;/let b = a.clone();/' \"$1\"\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let gorust = command(workspace.path(), "open basics");
    let tmux = Tmux::start(
        "play",
        &format!("VISUAL= EDITOR='{}' {gorust}", script.display()),
    );
    wait_for_ui(&tmux);
    tmux.wait_text("Hello, side by side", Duration::from_secs(10));
    tmux.keys(&["l"]);
    tmux.wait_text("Moving a String", Duration::from_secs(10));
    // Focus the Rust program (text, Go, Rust), then edit it outside.
    tmux.keys(&["Tab"]);
    tmux.keys(&["Tab"]);
    tmux.keys(&["e"]);
    let screen = tmux.wait_text("r runs your copy", Duration::from_secs(20));
    let screen = if screen.contains("a.clone()") {
        screen
    } else {
        tmux.wait_text("a.clone()", Duration::from_secs(10))
    };
    assert!(screen.contains("edited"), "{screen}");
    let copy = find_file(workspace.path(), "moves.rs").expect("the learner's copy exists");
    assert!(
        copy.to_string_lossy().contains("playground/basics/2-rust"),
        "{}",
        copy.display()
    );

    tmux.keys(&["r"]);
    let screen = tmux.wait_text("Rust output · not as expected", Duration::from_secs(90));
    let screen = if screen.contains("your copy compiled and ran") {
        screen
    } else {
        tmux.wait_text("your copy compiled and ran", Duration::from_secs(10))
    };
    assert!(screen.contains("hello hello"), "{screen}");

    tmux.keys(&["x"]);
    tmux.wait_text("Put the page's moves.rs back?", Duration::from_secs(10));
    tmux.keys(&["y"]);
    let screen = tmux.wait_text("Your version is saved as", Duration::from_secs(10));
    assert!(!screen.contains("a.clone()"), "{screen}");
    assert!(
        !copy.exists(),
        "the copy is gone, the page's program is back"
    );
    tmux.keys(&["r"]);
    tmux.wait_text(
        "Does not compile (E0382), as expected",
        Duration::from_secs(90),
    );
    tmux.keys(&["q"]);
    tmux.assert_terminal_restored("GORUST_EXIT=0");
}

/// A code no page explains, with the real binary and the real rustc: `o`
/// shows `rustc --explain` in an overlay, and Esc leaves the result as it
/// was.
#[test]
fn o_shows_rustc_explain_for_a_code_no_page_explains() {
    if !tools_ready() {
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("explain", &command(workspace.path(), "open basics-borrow"));
    wait_for_ui(&tmux);
    tmux.wait_text("◉ watching", Duration::from_secs(20));
    let learner = find_file(workspace.path(), "borrow.rs").expect("the learner's copy exists");
    std::fs::write(
        &learner,
        "fn total(v: &[i32]) -> i32 {\n    v.iter().summ()\n}\n\nfn main() {\n    let v = vec![1, 2, 3];\n    println!(\"total = {}\", total(&v));\n}\n",
    )
    .unwrap();
    let screen = tmux.wait_text("Error codes: E0599", Duration::from_secs(90));
    assert!(screen.contains("o rustc --explain E0599"), "{screen}");
    tmux.keys(&["o"]);
    let screen = tmux.wait_text(
        "This error occurs when a method is used on a type",
        Duration::from_secs(30),
    );
    assert!(
        screen.contains("rustc --explain E0599 · Esc closes"),
        "{screen}"
    );
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("the overlay to close", Duration::from_secs(10), |s| {
        !s.contains("Esc closes")
    });
    assert!(screen.contains("Compile error"), "kept: {screen}");
    tmux.keys(&["q"]);
    tmux.assert_terminal_restored("GORUST_EXIT=0");
}
