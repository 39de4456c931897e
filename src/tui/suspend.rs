//! Handing the terminal to an external editor and taking it back: the
//! input thread pauses, the alternate screen and raw mode are left, the
//! editor runs, and everything is restored.

use super::action::EditorError;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::{cursor, event, execute, terminal as ct};
use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Lets the editor have the keyboard: the input thread stops reading while
/// it is paused.
#[derive(Default)]
pub struct InputGate {
    pub(super) paused: AtomicBool,
    pub(super) idle: AtomicBool,
    /// SIGINT arrived: acts as Ctrl-C, except while an editor has the
    /// terminal (the editor got it too, and it was meant for the editor).
    pub(super) sigint: Arc<AtomicBool>,
}

/// Suspends the UI (when there is a terminal to suspend), runs $VISUAL or
/// $EDITOR on the file, and comes back. Ok(true) when the file's contents
/// changed.
pub fn external_editor<B: Backend>(
    gate: Option<&InputGate>,
    path: &Path,
    terminal: &mut Terminal<B>,
) -> Result<bool, EditorError> {
    let command = editor_command(std::env::var("VISUAL").ok(), std::env::var("EDITOR").ok())
        .ok_or(EditorError::NotSet)?;
    let before = std::fs::read(path).ok();
    let status = match gate {
        Some(gate) => suspended(gate, terminal, || spawn_editor(&command, path)),
        None => spawn_editor(&command, path),
    };
    match status {
        Ok(s) if s.success() => Ok(std::fs::read(path).ok() != before),
        Ok(status) => Err(EditorError::Exited {
            program: command[0].clone(),
            status,
        }),
        Err(e) => Err(EditorError::CannotRun {
            program: command[0].clone(),
            reason: e.to_string(),
        }),
    }
}

fn suspended<B: Backend, T>(
    gate: &InputGate,
    terminal: &mut Terminal<B>,
    run: impl FnOnce() -> T,
) -> T {
    gate.paused.store(true, Ordering::SeqCst);
    let deadline = Instant::now() + Duration::from_millis(300);
    while !gate.idle.load(Ordering::SeqCst) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = execute!(
        io::stdout(),
        event::DisableMouseCapture,
        ct::LeaveAlternateScreen,
        cursor::Show
    );
    let _ = ct::disable_raw_mode();
    let out = run();
    let _ = ct::enable_raw_mode();
    let _ = execute!(
        io::stdout(),
        ct::EnterAlternateScreen,
        event::EnableMouseCapture
    );
    let _ = io::stdout().flush();
    let _ = terminal.clear();
    gate.sigint.store(false, Ordering::SeqCst);
    gate.paused.store(false, Ordering::SeqCst);
    out
}

/// `$VISUAL`, else `$EDITOR`, split into program and arguments ("code -w").
pub fn editor_command(visual: Option<String>, editor: Option<String>) -> Option<Vec<String>> {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(|v| v.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .find(|words| !words.is_empty())
}

fn spawn_editor(command: &[String], path: &Path) -> io::Result<std::process::ExitStatus> {
    let (program, args) = command
        .split_first()
        .ok_or_else(|| io::Error::other("empty editor command"))?;
    std::process::Command::new(program)
        .args(args)
        .arg(path)
        .status()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_prefers_visual_and_splits_arguments() {
        assert_eq!(
            editor_command(Some("code -w".into()), Some("vi".into())),
            Some(vec!["code".to_owned(), "-w".to_owned()])
        );
        assert_eq!(
            editor_command(Some("  ".into()), Some("vi".into())),
            Some(vec!["vi".to_owned()])
        );
        assert_eq!(editor_command(None, None), None);
    }
}
