//! hint, answer, reset and solution: small commands on one exercise.

use super::error::CliError;
use super::exit;
use super::render::style;
use crate::engine::{Engine, EngineError};
use crate::pack::ExerciseKind;
use crate::solution::{self, DiffRow, SolutionFile};
use anstream::println;
use serde::Serialize;

pub fn hint(engine: &Engine, id: &str) -> anyhow::Result<u8> {
    match engine.next_hint(id)? {
        Some(hint) => {
            let s = style::warn();
            println!("{s}Hint {} of {}{s:#}", hint.index, hint.total);
            println!("{}", hint.text.trim_end());
            if hint.index == hint.total {
                println!(
                    "{}That was the last hint; `gorust solution {id} --force` shows the answer.{:#}",
                    style::dim(),
                    style::dim()
                );
            }
        }
        None => println!("`{id}` has no hints. Read the task again, or see the lesson's pages."),
    }
    Ok(exit::OK)
}

/// `choice` is the number the learner sees, 1 to N. A wrong answer says so
/// and nudges (a hint, when the pack gives one) without naming the right
/// choice, so the command cannot be used to find it by elimination.
pub fn answer(engine: &Engine, id: &str, choice: usize, json: bool) -> anyhow::Result<u8> {
    let (_, exercise) = engine.find(id)?;
    let ExerciseKind::Quiz(quiz) = &exercise.kind else {
        return Err(EngineError::NotAQuiz(id.to_owned()).into());
    };
    let count = quiz.choices.len();
    if choice == 0 || choice > count {
        return Err(CliError::NoSuchChoice {
            quiz: id.to_owned(),
            choice,
            count,
        }
        .into());
    }
    let answer = engine.answer(id, choice - 1)?;
    let code = if answer.correct {
        exit::OK
    } else {
        exit::NOT_PASSED
    };
    if json {
        let out = AnswerJson {
            correct: answer.correct,
            explain: answer.correct.then_some(answer.explain.as_str()),
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(code);
    }
    if answer.correct {
        println!("{}Right.{:#}", style::good(), style::good());
        if !answer.explain.trim().is_empty() {
            println!("{}", answer.explain.trim_end());
        }
    } else {
        println!(
            "{}Not quite.{:#} Try another number (1 to {count}).",
            style::bad(),
            style::bad()
        );
        if let Some(hint) = exercise.hints().first() {
            println!(
                "{}Hint:{:#} {}",
                style::warn(),
                style::warn(),
                hint.trim_end()
            );
        }
    }
    Ok(code)
}

/// `gorust answer --json`: `explain` only after a right answer.
#[derive(Serialize)]
struct AnswerJson<'a> {
    correct: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<&'a str>,
}

pub fn reset(engine: &Engine, id: Option<&str>, all: bool) -> anyhow::Result<u8> {
    let ids: Vec<String> = if all {
        engine
            .pack()
            .exercises()
            .filter(|(_, e)| matches!(e.kind, ExerciseKind::Code(_)))
            .filter(|(_, e)| engine.workspace().exercise_dir(&e.id).exists())
            .map(|(_, e)| e.id.clone())
            .collect()
    } else {
        id.map(str::to_owned).into_iter().collect()
    };
    if ids.is_empty() {
        println!("Nothing to reset: no exercise has been started.");
    }
    for id in ids {
        let backups = engine.reset(&id)?;
        println!("{id}: starter restored");
        for backup in backups {
            println!("  your previous file is kept at {}", backup.display());
        }
    }
    Ok(exit::OK)
}

pub fn solution(engine: &Engine, id: &str, force: bool, diff: bool) -> anyhow::Result<u8> {
    let files = engine.solution(id, force)?;
    if diff {
        let passed = engine.progress()?.status(id) == crate::progress::Status::Passed;
        print_solution_diff(&files, passed);
        return Ok(exit::OK);
    }
    let many = files.len() > 1;
    for file in files {
        if many {
            println!("{}// {}{:#}", style::dim(), file.path, style::dim());
        }
        print_reference(&file.reference);
    }
    Ok(exit::OK)
}

fn print_reference(text: &str) {
    print!("{text}");
    if !text.ends_with('\n') {
        println!();
    }
}

/// `solution --diff`: the learner's copy against the reference, as the
/// tutorial's solution overlay shows it (yours `-`, the reference `+`).
fn print_solution_diff(files: &[SolutionFile], passed: bool) {
    let (s, removed, added) = (style::bold(), style::removed(), style::added());
    match passed {
        true => println!("{s}{}{s:#}", solution::DIFF_HEADLINE),
        false => println!(
            "{s}You have not passed yet; here is how your file differs from the reference{s:#}"
        ),
    }
    if solution::any_diff(files) {
        println!("{removed}- your line{removed:#}   {added}+ the reference's line{added:#}");
    }
    for file in files {
        println!();
        if let Some(note) = file.note() {
            println!("{s}{}{s:#}: {note}", file.path);
            if file.yours.is_none() {
                print_reference(&file.reference);
            }
            continue;
        }
        println!("{removed}--- yours: {}{removed:#}", file.path);
        println!("{added}+++ reference: {}{added:#}", file.path);
        for row in file.diff() {
            let style = match row {
                DiffRow::Hunk(_) => style::accent(),
                DiffRow::Same(_) => anstyle::Style::new(),
                DiffRow::Yours(_) => removed,
                DiffRow::Reference(_) => added,
            };
            println!("{style}{}{style:#}", row.marked());
        }
    }
}
