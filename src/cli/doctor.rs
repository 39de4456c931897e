use super::Cli;
use super::exit;
use super::render::style;
use crate::runner::{Runner, Tool, ToolStatus};
use crate::workspace;
use anstream::println;

pub fn run(cli: &Cli) -> anyhow::Result<u8> {
    let root = workspace::resolve_root(cli.workspace.as_deref())?;
    let runner = Runner::new(workspace::cache_dir(&root));
    let tools = runner.toolchains();
    let mut missing = Vec::new();
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
                missing.push(name);
            }
            ToolStatus::Missing => {
                println!(
                    "{}missing{:#} {name:<26} {}",
                    style::bad(),
                    style::bad(),
                    tool.install_help()
                );
                missing.push(name);
            }
        }
    }
    println!("workspace {}", root.display());
    match &cli.lessons {
        Some(dir) => println!("lessons   {}", dir.display()),
        None => println!("lessons   built in"),
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
