//! Keys, mouse and ticks from the terminal, read on their own thread, and
//! the signals that stop the UI or interrupt a run.

use super::action::Action;
use super::app::TICK_MILLIS;
use super::event::Event;
use super::suspend::InputGate;
use ratatui::crossterm::event;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

/// SIGTERM and SIGHUP stop the loop (`stop`) and are remembered
/// (`stopped_by`); SIGINT goes through the gate as Ctrl-C.
pub struct Signals {
    pub stop: Arc<AtomicBool>,
    pub stopped_by: Arc<AtomicUsize>,
}

impl Signals {
    pub fn register(gate: &InputGate) -> std::io::Result<Signals> {
        let stop = Arc::new(AtomicBool::new(false));
        let stopped_by = Arc::new(AtomicUsize::new(0));
        for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
            signal_hook::flag::register(signal, Arc::clone(&stop))?;
            signal_hook::flag::register_usize(signal, Arc::clone(&stopped_by), signal as usize)?;
        }
        signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&gate.sigint))?;
        Ok(Signals { stop, stopped_by })
    }

    /// The signal that stopped the UI, if one did.
    pub fn stopped_by(&self) -> Option<i32> {
        match self.stopped_by.load(Ordering::SeqCst) {
            0 => None,
            signal => Some(i32::try_from(signal).unwrap_or(i32::MAX)),
        }
    }
}

/// Starts the input thread. Without it the UI would be deaf, so a failure
/// to start it is an error that ends the program (cleanly: the caller still
/// holds the terminal guard).
pub fn spawn(
    tx: Sender<Event>,
    gate: Arc<InputGate>,
    stop: Arc<AtomicBool>,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("gorust-input".into())
        .spawn(move || read_loop(&tx, &gate, &stop))
        .map(drop)
}

fn read_loop(tx: &Sender<Event>, gate: &InputGate, stop: &AtomicBool) {
    let tick = Duration::from_millis(TICK_MILLIS);
    let mut last_tick = Instant::now();
    while !stop.load(Ordering::SeqCst) {
        if gate.sigint.swap(false, Ordering::SeqCst)
            && !gate.paused.load(Ordering::SeqCst)
            && tx.send(Event::Action(Action::Interrupt)).is_err()
        {
            return;
        }
        if gate.paused.load(Ordering::SeqCst) {
            gate.idle.store(true, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(10));
            continue;
        }
        gate.idle.store(false, Ordering::SeqCst);
        match event::poll(Duration::from_millis(50)) {
            Ok(true) => match event::read() {
                Ok(ev) => {
                    if tx.send(Event::Terminal(ev)).is_err() {
                        return;
                    }
                }
                Err(_) => {
                    // The terminal went away (SIGHUP): stop like a signal.
                    stop.store(true, Ordering::SeqCst);
                    return;
                }
            },
            Ok(false) => {}
            Err(_) => {
                stop.store(true, Ordering::SeqCst);
                return;
            }
        }
        if last_tick.elapsed() >= tick {
            last_tick = Instant::now();
            if tx.send(Event::Tick).is_err() {
                return;
            }
        }
    }
}
