//! The command line: a contract that tests, graders and classroom tools rely
//! on. Each subcommand lives in its own module and calls the library; none of
//! them judges anything itself.

mod check;
mod doctor;
mod error;
mod exercise;
mod list;
mod new_pack;
mod next;
mod prepare;
mod progress;
pub(crate) mod render;
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
    /// Answer a quiz with the number of a choice, as the tutorial shows it: 1 to N (exit 0 right, 1 wrong)
    Answer {
        quiz: String,
        choice: usize,
        #[arg(long)]
        json: bool,
    },
    /// The next step: the first exercise (in pack or track order) not passed yet
    Next {
        /// Open the tutorial on it
        #[arg(long, conflicts_with = "json")]
        open: bool,
        #[arg(long)]
        json: bool,
    },
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
        /// Show how your copy differs from the reference (a unified diff)
        #[arg(long)]
        diff: bool,
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

impl Command {
    /// Given `--json`: its output, errors included, is JSON.
    fn json(&self) -> bool {
        match self {
            Command::List { json }
            | Command::Check { json, .. }
            | Command::Answer { json, .. }
            | Command::Next { json, .. }
            | Command::Progress { json, .. }
            | Command::Validate { json, .. } => *json,
            _ => false,
        }
    }
}

/// Exit codes shared by every subcommand.
pub mod exit {
    pub const OK: u8 = 0;
    pub const NOT_PASSED: u8 = 1;
    pub const ERROR: u8 = 2;
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // A mistyped command line is an error of the command too; help and
        // --version are not errors and print as clap prints them.
        Err(e) if e.use_stderr() && std::env::args().any(|a| a == "--json") => {
            // What clap says, without the usage and help lines after it.
            let rendered = e.render().to_string();
            let said = rendered.split("\n\n").next().unwrap_or_default();
            let message: Vec<&str> = said.lines().map(str::trim).collect();
            let message = message.join(" ");
            println!(
                "{}",
                error::json("usage", message.trim_start_matches("error: "))
            );
            return ExitCode::from(exit::ERROR);
        }
        Err(e) => e.exit(),
    };
    let json = cli.command.as_ref().is_some_and(Command::json);
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) if json => {
            println!("{}", error::json(error::kind(&e), &error::message(&e)));
            ExitCode::from(exit::ERROR)
        }
        Err(e) => {
            eprintln!("error: {}", error::message(&e));
            ExitCode::from(exit::ERROR)
        }
    }
}

fn open_engine(cli: &Cli) -> anyhow::Result<Engine> {
    open_engine_with(cli, Engine::open)
}

/// Opens the engine with `open` ([`Engine::open`], or its unprepared
/// variant for the terminal UI), says its notes, and refuses a pack that
/// gave nothing where JSON is asked for.
fn open_engine_with(
    cli: &Cli,
    open: fn(EngineOptions) -> anyhow::Result<Engine>,
) -> anyhow::Result<Engine> {
    let engine = open(EngineOptions {
        lessons: cli.lessons.clone(),
        workspace: cli.workspace.clone(),
    })?;
    for note in engine.notes() {
        anstream::eprintln!("warning: {note}");
    }
    // A pack that gave no lesson at all is an error, in text as in JSON:
    // an empty list or an empty tutorial would only bury the reason. A pack
    // with lessons left lists its problems as warnings after the rest.
    if engine.pack().lessons.is_empty() && !engine.problems().is_empty() {
        let problems: Vec<String> = engine.problems().iter().map(|p| p.to_string()).collect();
        return Err(error::CliError::PackInvalid(problems.join("; ")).into());
    }
    Ok(engine)
}

/// The track `--track` names, if any.
fn track<'a>(
    pack: &'a crate::pack::Pack,
    name: Option<&str>,
) -> Result<Option<&'a crate::pack::Track>, error::CliError> {
    let Some(name) = name else {
        return Ok(None);
    };
    pack.track(name)
        .map(Some)
        .ok_or_else(|| error::CliError::UnknownTrack {
            name: name.to_owned(),
            tracks: pack.track_ids(),
        })
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
        Command::Answer { quiz, choice, json } => {
            exercise::answer(&open_engine(&cli)?, quiz, *choice, *json)
        }
        Command::Next { open: true, .. } => {
            match next::find(&open_engine(&cli)?, cli.track.as_deref())? {
                Some(step) => tutorial(&cli, Some(step.exercise)),
                None => {
                    next::done();
                    Ok(exit::OK)
                }
            }
        }
        Command::Next { json, .. } => next::run(&open_engine(&cli)?, cli.track.as_deref(), *json),
        Command::Reset { exercise, all } => {
            exercise::reset(&open_engine(&cli)?, exercise.as_deref(), *all)
        }
        Command::Solution {
            exercise,
            force,
            diff,
        } => exercise::solution(&open_engine(&cli)?, exercise, *force, *diff),
        Command::Progress {
            json,
            markdown,
            name,
        } => progress::run(
            &open_engine(&cli)?,
            *json,
            *markdown,
            name.as_deref(),
            cli.track.as_deref(),
        ),
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
    // The UI makes every exercise's copies after its first frame.
    let engine = std::sync::Arc::new(open_engine_with(cli, Engine::open_unprepared)?);
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
