//! hint, answer, reset and solution: small commands on one exercise.

use super::exit;
use super::render::style;
use crate::engine::Engine;
use crate::pack::ExerciseKind;
use anstream::println;

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

pub fn answer(engine: &Engine, id: &str, choice: usize) -> anyhow::Result<u8> {
    let answer = engine.answer(id, choice)?;
    if answer.correct {
        println!("{}Right.{:#}", style::good(), style::good());
    } else {
        println!(
            "{}Not quite.{:#} The answer is {}.",
            style::bad(),
            style::bad(),
            answer.answer
        );
    }
    println!("{}", answer.explain.trim_end());
    Ok(if answer.correct {
        exit::OK
    } else {
        exit::NOT_PASSED
    })
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
