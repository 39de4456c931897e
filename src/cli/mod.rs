//! The command line: a contract that tests, graders and classroom tools rely
//! on. Each subcommand lives in its own module and calls the library; none of
//! them judges anything itself.

mod check;
mod doctor;
mod exercise;
mod list;
mod new_pack;
mod prepare;
mod progress;
mod render;
mod report;
mod validate;

use crate::Lang;
use crate::engine::{Engine, EngineOptions};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "gorust",
    version,
    about = "Learn Go and Rust side by side, in your terminal",
    long_about = "gorust teaches Go and Rust side by side: short lessons set a Go program next to its Rust twin, and exercises are built and checked with the go and cargo on your machine.\n\nRun without a command to open the tutorial."
)]
pub struct Cli {
    /// Use the lesson pack in DIR instead of the built-in one
    #[arg(long, global = true, value_name = "DIR")]
    pub lessons: Option<PathBuf>,
    /// Keep your copies and progress in DIR (default: your data directory; also GORUST_WORKSPACE)
    #[arg(long, global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
    /// The language you already know: it is shown first (remembered)
    #[arg(long, global = true, value_enum)]
    pub from: Option<Lang>,
    /// Colour theme (remembered)
    #[arg(long, global = true, value_enum)]
    pub theme: Option<crate::settings::Theme>,
    /// Show only the lessons of this track
    #[arg(long, global = true, value_name = "NAME")]
    pub track: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the tutorial at a lesson or an exercise
    Open { id: String },
    /// List lessons and exercises with their status
    List {
        #[arg(long)]
        json: bool,
    },
    /// Check your copy of an exercise (exit 0 passed, 1 not passed, 2 error)
    Check {
        exercise: String,
        #[arg(long)]
        json: bool,
    },
    /// Show the next hint of an exercise
    Hint { exercise: String },
    /// Answer a quiz with a 0-based choice (exit 0 right, 1 wrong)
    Answer { quiz: String, choice: usize },
    /// Restore the starter of an exercise, backing up your copy first
    Reset {
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        exercise: Option<String>,
        /// Reset every exercise you have started
        #[arg(long)]
        all: bool,
    },
    /// Print the reference solution (after you pass, or with --force)
    Solution {
        exercise: String,
        #[arg(long)]
        force: bool,
    },
    /// Show what you have done
    Progress {
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        #[arg(long)]
        markdown: bool,
        /// Your name, stored in the workspace and carried in the progress report
        #[arg(long)]
        name: Option<String>,
    },
    /// Check a lesson pack: every file, then every program (the built-in pack when omitted)
    Validate {
        pack_dir: Option<PathBuf>,
        #[arg(long)]
        json: bool,
        /// Programs to build at once (default: the number of cores)
        #[arg(long)]
        jobs: Option<usize>,
        /// Build and run every program, even those unchanged since the last validate
        #[arg(long)]
        no_cache: bool,
    },
    /// Build the crate and race-detector caches, for offline and fast checks
    Prepare,
    /// Show toolchains, versions, paths and what is missing
    Doctor,
    /// Start a lesson pack of your own: a small, complete, commented pack in DIR
    NewPack { dir: PathBuf },
    /// Merge learners' progress files (or folders of them) into a class report
    Report {
        #[arg(required = true, value_name = "FILES_OR_DIRS")]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "markdown")]
        format: report::Format,
    },
}

/// Exit codes shared by every subcommand.
pub mod exit {
    pub const OK: u8 = 0;
    pub const NOT_PASSED: u8 = 1;
    pub const ERROR: u8 = 2;
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(exit::ERROR)
        }
    }
}

fn open_engine(cli: &Cli) -> anyhow::Result<Engine> {
    let engine = Engine::open(EngineOptions {
        lessons: cli.lessons.clone(),
        workspace: cli.workspace.clone(),
    })?;
    for note in engine.notes() {
        anstream::eprintln!("warning: {note}");
    }
    Ok(engine)
}

pub fn run(cli: Cli) -> anyhow::Result<u8> {
    let Some(command) = &cli.command else {
        return tutorial(&cli, None);
    };
    match command {
        Command::Open { id } => tutorial(&cli, Some(id.clone())),
        Command::List { json } => list::run(&open_engine(&cli)?, *json, cli.track.as_deref()),
        Command::Check { exercise, json } => check::run(&open_engine(&cli)?, exercise, *json),
        Command::Hint { exercise } => exercise::hint(&open_engine(&cli)?, exercise),
        Command::Answer { quiz, choice } => exercise::answer(&open_engine(&cli)?, quiz, *choice),
        Command::Reset { exercise, all } => {
            exercise::reset(&open_engine(&cli)?, exercise.as_deref(), *all)
        }
        Command::Solution { exercise, force } => {
            exercise::solution(&open_engine(&cli)?, exercise, *force)
        }
        Command::Progress {
            json,
            markdown,
            name,
        } => progress::run(&open_engine(&cli)?, *json, *markdown, name.as_deref()),
        Command::Validate {
            pack_dir,
            json,
            jobs,
            no_cache,
        } => validate::run(
            &cli,
            pack_dir.as_deref().or(cli.lessons.as_deref()),
            *json,
            *jobs,
            *no_cache,
        ),
        Command::Prepare => prepare::run(&open_engine(&cli)?),
        Command::Doctor => doctor::run(&cli),
        Command::NewPack { dir } => new_pack::run(dir),
        Command::Report { paths, format } => report::run(&cli, paths, *format),
    }
}

fn tutorial(cli: &Cli, open: Option<String>) -> anyhow::Result<u8> {
    let engine = std::sync::Arc::new(open_engine(cli)?);
    let options = crate::tui::TuiOptions {
        open,
        from: cli.from,
        theme: cli.theme,
        track: cli.track.clone(),
    };
    Ok(match crate::tui::run(engine, options)? {
        crate::tui::Ended::Quit => exit::OK,
        // The shell convention for "killed by signal N".
        crate::tui::Ended::Signal(signal) => u8::try_from(128 + signal).unwrap_or(exit::ERROR),
    })
}
