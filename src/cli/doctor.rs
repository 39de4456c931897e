use super::Cli;
use super::exit;
use super::render::style;
use crate::Lang;
use crate::runner::{
    CancelToken, FormatError, Runner, Tool, ToolStatus, formatter_name, toolchain,
};
use crate::workspace;
use anstream::println;

pub fn run(cli: &Cli) -> anyhow::Result<u8> {
    let root = workspace::resolve_root(cli.workspace.as_deref())?;
    let runner = Runner::new(workspace::cache_dir(&root));
    let tools = runner.toolchains();
    let mut missing: Vec<String> = Vec::new();
    for tool in Tool::ALL {
        let status = tools.status(tool);
        let name = tool.name();
        match status {
            ToolStatus::Found { path, version } => {
                println!(
                    "{}ok{:#}      {name:<26} {version} ({})",
                    style::good(),
                    style::good(),
                    path.display()
                );
            }
            ToolStatus::TooOld {
                path,
                version,
                need,
            } => {
                println!(
                    "{}too old{:#} {name:<26} {version} ({}): need {need}",
                    style::bad(),
                    style::bad(),
                    path.display()
                );
                missing.push(name.to_string());
            }
            ToolStatus::Missing => {
                println!(
                    "{}missing{:#} {name:<26} {}",
                    style::bad(),
                    style::bad(),
                    tool.install_help()
                );
                missing.push(name.to_string());
            }
        }
    }
    formatters(&runner, &mut missing);
    println!("workspace {}", root.display());
    match &cli.lessons {
        Some(dir) => println!("lessons   {}", dir.display()),
        None => println!("lessons   built in"),
    }
    if let Some(problem) = go_for_the_pack(cli, &tools.go) {
        missing.push(problem);
    }
    if !missing.is_empty() {
        println!(
            "{}Not ready:{:#} missing {}.",
            style::bad(),
            style::bad(),
            missing.join(", ")
        );
        return Ok(exit::NOT_PASSED);
    }
    match runner.prepared_at() {
        Some(when) => println!(
            "{}Ready:{:#} toolchains found, crates and race runtime prepared ({when}): every exercise can be checked offline.",
            style::good(),
            style::good()
        ),
        None => println!(
            "{}Ready:{:#} toolchains found; run `gorust prepare` once while online so that crate exercises also work offline.",
            style::good(),
            style::good()
        ),
    }
    Ok(exit::OK)
}

/// The Go language version the pack's lessons need (the highest of them),
/// and whether the installed go builds it. Returns what is missing, if
/// anything.
fn go_for_the_pack(cli: &Cli, go: &ToolStatus) -> Option<String> {
    let engine = match super::open_engine(cli) {
        Ok(engine) => engine,
        Err(e) => {
            println!(
                "{}pack{:#}    cannot be read: {}",
                style::bad(),
                style::bad(),
                super::error::message(&e)
            );
            return None;
        }
    };
    let pack = engine.pack();
    let (needed, by) = pack
        .lessons
        .iter()
        .map(|lesson| (lesson.go, Some(lesson.id.as_str())))
        .fold(
            (pack.go, None),
            |best, next| if next.0 > best.0 { next } else { best },
        );
    let by = by.map(|id| format!(" (lesson {id})")).unwrap_or_default();
    let installed = match go {
        ToolStatus::Found { version, .. } | ToolStatus::TooOld { version, .. } => {
            toolchain::language_version(version)
        }
        ToolStatus::Missing => None,
    };
    match installed {
        Some(installed) if installed < needed => {
            println!(
                "{}too old{:#} go for this pack: it needs Go {needed}{by}, go version says {installed}: install a newer Go from https://go.dev/dl/",
                style::bad(),
                style::bad(),
            );
            Some(format!("go {needed}"))
        }
        Some(_) => {
            println!(
                "{}ok{:#}      go for this pack: needs Go {needed}{by}",
                style::good(),
                style::good()
            );
            None
        }
        None => {
            println!("go        this pack needs Go {needed}{by}");
            None
        }
    }
}

/// gofmt and rustfmt, tried on a line of code each: gofmt is needed by Go
/// exercises with `lint: true` (so a missing one is not ready); rustfmt
/// only by the built-in editor's Ctrl-F (a note, not a failure).
fn formatters(runner: &Runner, missing: &mut Vec<String>) {
    for lang in Lang::ALL {
        let name = formatter_name(lang);
        let sample = match lang {
            Lang::Go => "package main\n",
            Lang::Rust => "fn main() {}\n",
        };
        let tried = runner.format(lang, sample, &CancelToken::default());
        let path = runner.formatter(lang).map(|p| p.display().to_string());
        match (tried, lang) {
            (Ok(_), _) => println!(
                "{}ok{:#}      {name:<26} ({})",
                style::good(),
                style::good(),
                path.unwrap_or_default()
            ),
            (Err(e), Lang::Go) => {
                println!(
                    "{}missing{:#} {name:<26} {}",
                    style::bad(),
                    style::bad(),
                    why(&e)
                );
                missing.push(name.to_owned());
            }
            (Err(e), Lang::Rust) => println!(
                "{}missing{:#} {name:<26} {} (only Ctrl-F in the built-in editor needs it)",
                style::warn(),
                style::warn(),
                why(&e)
            ),
        }
    }
}

/// What a formatter that did not work needs.
fn why(error: &FormatError) -> String {
    match error {
        FormatError::Missing { help, .. } => help.clone(),
        other => other.to_string(),
    }
}
