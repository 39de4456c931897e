use super::exit;
use crate::engine::Engine;
use crate::runner::{CancelToken, EventSink, RunEvent};

struct Bar;

impl EventSink for Bar {
    fn event(&self, event: RunEvent) {
        if let RunEvent::BuildProgress { unit, done, total } = event {
            let width = 30;
            let filled = (done * width).checked_div(total).unwrap_or(0).min(width);
            anstream::eprintln!(
                "[{}{}] {done}/{total} {unit}",
                "#".repeat(filled),
                " ".repeat(width - filled)
            );
        }
    }
}

pub fn run(engine: &Engine) -> anyhow::Result<u8> {
    eprintln!(
        "Building the pinned crates and Go's race runtime, so that checks work offline and start fast..."
    );
    engine.runner().prepare(&Bar, &CancelToken::default())?;
    eprintln!("Ready: every built-in exercise can now be checked without a network.");
    Ok(exit::OK)
}
