//! `gorust report FILES_OR_DIRS...`: the class view as Markdown, CSV or JSON.
//! Skipped files are listed on stderr as they are found and again in the
//! report, so neither a terminal user nor a reader of the file misses them.

use super::Cli;
use super::exit;
use crate::pack;
use crate::report::{self, ClassReport, ExerciseRow, KnownPacks, LearnerRow};
use crate::words::counted;
use clap::ValueEnum;
use std::fmt::Write as _;
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum Format {
    #[default]
    Markdown,
    Csv,
    Json,
}

pub fn run(cli: &Cli, paths: &[PathBuf], format: Format) -> anyhow::Result<u8> {
    let (found, mut skipped) = report::discover(paths);
    let files = report::read_all(found, &mut skipped);
    let given = cli.lessons.as_deref().map(|dir| pack::load_dir(dir).pack);
    let builtin = pack::load_builtin().pack;
    let class = report::merge(
        files,
        skipped,
        KnownPacks {
            given: given.as_ref(),
            builtin: Some(&builtin),
        },
        cli.track.as_deref(),
    )?;
    for s in &class.skipped {
        anstream::eprintln!("skipped {}: {}", s.file, s.reason);
    }
    if class.learners.is_empty() {
        anstream::eprintln!(
            "error: no progress file could be merged; collect them with `gorust progress --json --name NAME > NAME.json`"
        );
        return Ok(exit::ERROR);
    }
    if let Some(given) = &given
        && !class.pack.known
    {
        anstream::eprintln!(
            "note: the files are from `{}`, not from the --lessons pack `{}`; exercises are listed by id",
            class.pack.title,
            given.title
        );
    }
    let out = match format {
        Format::Markdown => markdown(&class),
        Format::Csv => csv(&class)?,
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&class)?),
    };
    print!("{out}");
    Ok(exit::OK)
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

fn number(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        let text = format!("{x:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// Text made safe for one Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

fn code(text: &str) -> String {
    if text.contains('`') {
        cell(text)
    } else {
        format!("`{}`", cell(text))
    }
}

/// "Title (`id`)", or just "`id`" when the title is the id.
fn exercise_label(id: &str, title: &str) -> String {
    if id == title {
        code(id)
    } else {
        format!("{} ({})", cell(title), code(id))
    }
}

/// A second-level heading, with the empty lines around it.
fn section(out: &mut String, title: &str) {
    let _ = write!(out, "\n## {title}\n\n");
}

/// A Markdown table's header row and its alignment row (`true`: a column
/// of numbers, aligned right).
fn table_head(out: &mut String, columns: &[(&str, bool)]) {
    let names: Vec<String> = columns.iter().map(|(name, _)| (*name).to_owned()).collect();
    row(out, &names);
    let rule: Vec<&str> = columns
        .iter()
        .map(|(_, right)| if *right { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

pub fn markdown(r: &ClassReport) -> String {
    let mut out = String::new();
    markdown_heading(r, &mut out);
    markdown_stuck(r, &mut out);
    markdown_exercises(r, &mut out);
    markdown_learners(r, &mut out);
    if !r.skipped.is_empty() {
        section(&mut out, "Skipped files");
        for s in &r.skipped {
            let _ = writeln!(out, "- {}: {}", code(&s.file), cell(&s.reason));
        }
    }
    out
}

/// The title and the one-line summary of what was merged.
fn markdown_heading(r: &ClassReport, out: &mut String) {
    let title = if r.pack.title.is_empty() {
        "(no pack title)".to_owned()
    } else {
        r.pack.title.clone()
    };
    let version = r
        .pack
        .version
        .as_deref()
        .map(|v| format!(", version {v}"))
        .unwrap_or_default();
    let _ = writeln!(out, "# Class report: {}{version}", cell(&title));
    let _ = writeln!(out);
    let n = r.learners.len();
    let _ = write!(
        out,
        "{} merged, {}",
        counted(n, "learner", "learners"),
        counted(r.exercises.len(), "exercise", "exercises"),
    );
    if let Some(track) = &r.track {
        let _ = write!(out, " (track `{track}`)");
    }
    if !r.pack.known {
        let _ = write!(
            out,
            "; the pack itself was not found, so exercises are listed by id"
        );
    }
    if !r.skipped.is_empty() {
        let _ = write!(
            out,
            "; {} skipped (see the end)",
            counted(r.skipped.len(), "file", "files")
        );
    }
    let _ = writeln!(out, ".");
}

fn markdown_stuck(r: &ClassReport, out: &mut String) {
    let n = r.learners.len();
    section(out, "Where learners are stuck");
    if r.stuck.is_empty() {
        let _ = writeln!(
            out,
            "Nobody is stuck: every exercise someone tried, they passed."
        );
    } else {
        let _ = writeln!(
            out,
            "Exercises tried but not passed, the most learners stuck first."
        );
        let _ = writeln!(out);
        table_head(out, &[("Exercise", false), ("Stuck", true), ("Who", false)]);
        for s in &r.stuck {
            row(
                out,
                &[
                    exercise_label(&s.id, &s.title),
                    format!("{} of {n}", s.stuck),
                    cell(&s.learners.join(", ")),
                ],
            );
        }
    }
}

fn markdown_exercises(r: &ClassReport, out: &mut String) {
    section(out, "Exercises");
    table_head(
        out,
        &[
            ("Exercise", false),
            ("Lesson", false),
            ("Passed", true),
            ("Stuck", true),
            ("Median attempts", true),
            ("Hints (mean / total)", true),
        ],
    );
    for e in &r.exercises {
        row(
            out,
            &[
                exercise_label(&e.id, &e.title),
                e.lesson.as_deref().map(cell).unwrap_or_default(),
                format!(
                    "{} of {} ({})",
                    e.passed,
                    e.learners,
                    percent(e.passed_share)
                ),
                e.stuck.to_string(),
                e.median_attempts.map(number).unwrap_or_else(|| "-".into()),
                format!("{} / {}", number(e.hints_mean), e.hints_total),
            ],
        );
    }
}

fn markdown_learners(r: &ClassReport, out: &mut String) {
    section(out, "Learners");
    table_head(
        out,
        &[
            ("Learner", false),
            ("Completed", true),
            ("Stuck on", true),
            ("Attempts", true),
            ("Hints", true),
            ("File", false),
        ],
    );
    for l in &r.learners {
        row(
            out,
            &[
                cell(&l.name),
                format!("{} of {} ({})", l.passed, l.total, percent(l.completion)),
                l.stuck.to_string(),
                l.attempts.to_string(),
                l.hints.to_string(),
                code(&l.file),
            ],
        );
    }
}

/// A CSV column: its header and how a row's cell is written.
type Column<T> = (&'static str, fn(&T) -> String);

const EXERCISE_COLUMNS: &[Column<ExerciseRow>] = &[
    ("exercise", |e| e.id.clone()),
    ("title", |e| e.title.clone()),
    ("lesson", |e| e.lesson.clone().unwrap_or_default()),
    ("kind", |e| e.kind.clone().unwrap_or_default()),
    ("learners", |e| e.learners.to_string()),
    ("passed", |e| e.passed.to_string()),
    ("passed_share", |e| e.passed_share.to_string()),
    ("stuck", |e| e.stuck.to_string()),
    ("not_started", |e| e.not_started.to_string()),
    ("median_attempts", |e| {
        e.median_attempts.map(|m| m.to_string()).unwrap_or_default()
    }),
    ("hints_total", |e| e.hints_total.to_string()),
    ("hints_mean", |e| e.hints_mean.to_string()),
];

const LEARNER_COLUMNS: &[Column<LearnerRow>] = &[
    ("learner", |l| l.name.clone()),
    ("file", |l| l.file.clone()),
    ("passed", |l| l.passed.to_string()),
    ("total", |l| l.total.to_string()),
    ("completion", |l| l.completion.to_string()),
    ("stuck", |l| l.stuck.to_string()),
    ("attempts", |l| l.attempts.to_string()),
    ("hints", |l| l.hints.to_string()),
];

fn csv_table<T>(columns: &[Column<T>], rows: &[T]) -> anyhow::Result<::csv::Writer<Vec<u8>>> {
    let mut table = ::csv::Writer::from_writer(Vec::new());
    table.write_record(columns.iter().map(|(name, _)| name))?;
    for row in rows {
        table.write_record(columns.iter().map(|(_, cell)| cell(row)))?;
    }
    Ok(table)
}

/// Three tables one after the other, each with its header row, separated
/// by an empty line: exercises, learners, skipped files.
pub fn csv(r: &ClassReport) -> anyhow::Result<String> {
    let exercises = csv_table(EXERCISE_COLUMNS, &r.exercises)?;
    let learners = csv_table(LEARNER_COLUMNS, &r.learners)?;
    let mut skipped = ::csv::Writer::from_writer(Vec::new());
    skipped.write_record(["skipped_file", "kind", "reason"])?;
    for s in &r.skipped {
        let kind = serde_json::to_value(s.kind)?;
        skipped.write_record([s.file.as_str(), kind.as_str().unwrap_or(""), &s.reason])?;
    }
    let mut out = String::new();
    for (i, table) in [exercises, learners, skipped].into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&String::from_utf8(table.into_inner()?)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(number(2.0), "2");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(0.667), "0.67");
        assert_eq!(percent(0.667), "67%");
        assert_eq!(cell("a|b\nc"), "a\\|b c");
    }
}
