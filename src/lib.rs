//! gorust: an interactive terminal tutor that teaches Go and Rust side by side.
//!
//! The library holds everything; `main.rs` only parses the command line and
//! hands over, so that tests drive the whole program without a terminal.
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod cli;
pub mod engine;
pub mod explain;
pub mod fsutil;
pub mod highlight;
pub mod lang;
pub mod new_pack;
pub mod pack;
pub mod progress;
pub mod report;
pub mod rules;
pub mod runner;
pub mod settings;
pub mod solution;
pub mod tui;
pub mod validate;
pub mod words;
pub mod workspace;

pub use lang::{GoVersion, Lang};
