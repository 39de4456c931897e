//! The terminal while the UI runs: raw mode, the alternate screen and the
//! mouse, all undone on drop and on panic.

use ratatui::Terminal;
use ratatui::crossterm::{cursor, event, execute};
use std::io;

pub struct TerminalGuard {
    _private: (),
}

impl TerminalGuard {
    pub fn enter() -> anyhow::Result<TerminalGuard> {
        use std::io::IsTerminal;
        if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
            anyhow::bail!(
                "gorust's interactive mode needs a terminal; see `gorust --help` for the commands"
            );
        }
        // ratatui's hook restores raw mode and the alternate screen; ours
        // runs first and gives the mouse back too.
        let terminal = ratatui::try_init()?;
        drop(terminal);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(
                io::stdout(),
                event::DisableMouseCapture,
                event::DisableFocusChange,
                cursor::Show
            );
            previous(info);
        }));
        execute!(io::stdout(), event::EnableMouseCapture)?;
        Ok(TerminalGuard { _private: () })
    }

    pub fn terminal(&self) -> io::Result<ratatui::DefaultTerminal> {
        Terminal::new(ratatui::backend::CrosstermBackend::new(io::stdout()))
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), event::DisableMouseCapture, cursor::Show);
        ratatui::restore();
    }
}
