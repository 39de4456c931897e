//! hint, answer, reset and solution: small commands on one exercise.

use super::error::CliError;
use super::exit;
use super::render::style;
use crate::engine::{Engine, EngineError};
use crate::pack::ExerciseKind;
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

pub fn solution(engine: &Engine, id: &str, force: bool) -> anyhow::Result<u8> {
    let files = engine.solution(id, force)?;
    let many = files.len() > 1;
    for (path, text) in files {
        if many {
            println!("{}// {path}{:#}", style::dim(), style::dim());
        }
        print!("{text}");
        if !text.ends_with('\n') {
            println!();
        }
    }
    Ok(exit::OK)
}
