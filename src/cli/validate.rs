use super::Cli;
use super::exit;
use super::render::style;
use crate::engine::Engine;
use crate::pack;
use crate::words::counted;
use crate::workspace;
use std::io::IsTerminal;
use std::path::Path;

pub fn run(
    cli: &Cli,
    dir: Option<&Path>,
    json: bool,
    jobs: Option<usize>,
    no_cache: bool,
) -> anyhow::Result<u8> {
    let loaded = pack::load(dir);
    let root = workspace::resolve_root(cli.workspace.as_deref())?;
    let engine = Engine::with_pack(loaded, &root)?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let live = !json && std::io::stderr().is_terminal();
    let quiet = json;
    let progress = move |done: usize, total: usize, label: &str| {
        if live {
            anstream::eprint!("\r\x1b[2K[{done}/{total}] {label}");
        } else if !quiet && (done == total || done.is_multiple_of(10)) {
            anstream::eprintln!("[{done}/{total}] {label}");
        }
    };
    let options = crate::validate::Options {
        jobs,
        cache: !no_cache,
    };
    let report = crate::validate::validate(&engine, options, &progress);
    if live {
        anstream::eprintln!("\r\x1b[2K");
    }
    if !quiet {
        let p = &report.programs;
        anstream::eprintln!(
            "{} built and run, {} unchanged from the last validate{}",
            counted(p.run, "program", "programs"),
            p.cached,
            if p.cached > 0 {
                " (--no-cache runs them all)"
            } else {
                ""
            }
        );
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        for problem in &report.problems {
            anstream::println!("{}{problem}{:#}", style::bad(), style::bad());
            if let Some(snippet) = &problem.snippet {
                anstream::println!("{snippet}");
            }
        }
        let c = &report.checked;
        let s = if report.ok {
            style::good()
        } else {
            style::bad()
        };
        // A pack without a readable pack.yaml has no title: name its folder.
        let name = match (report.pack.is_empty(), dir) {
            (true, Some(dir)) => dir.display().to_string(),
            _ => report.pack.clone(),
        };
        anstream::println!(
            "{s}{name}{s:#}: {}, {}, {}, {} checked; {}",
            counted(c.lessons, "lesson", "lessons"),
            counted(c.snippets, "snippet", "snippets"),
            counted(c.exercises, "exercise", "exercises"),
            counted(c.quizzes, "quiz", "quizzes"),
            counted(report.problems.len(), "problem", "problems"),
        );
    }
    Ok(if report.ok {
        exit::OK
    } else {
        exit::NOT_PASSED
    })
}
