//! `gorust next`: the first exercise not passed yet, in pack order (or track
//! order with `--track`), so a learner never has to look for where to go on.

use super::exit;
use super::render::style;
use crate::engine::Engine;
use crate::pack::ExerciseKind;
use crate::progress::Status;
use anstream::println;
use serde::Serialize;

/// The next step, as `gorust next --json` reports it.
#[derive(Debug, Serialize)]
pub struct Step {
    pub lesson: String,
    pub exercise: String,
    pub title: String,
    /// `go`, `rust` or `quiz`.
    pub kind: &'static str,
    /// The learner's copy (main file); null for a quiz.
    pub path: Option<String>,
}

/// The first exercise not passed, or `None` when everything is done.
pub fn find(engine: &Engine, track: Option<&str>) -> anyhow::Result<Option<Step>> {
    let pack = engine.pack();
    let track = super::track(pack, track)?;
    let progress = engine.progress()?;
    let next = crate::progress::next_unfinished(&pack.lessons_in(track), None, |id| {
        progress.status(id) == Status::Passed
    });
    let Some((lesson, exercise)) = next else {
        return Ok(None);
    };
    let path = match &exercise.kind {
        ExerciseKind::Code(_) => engine
            .learner_files(&exercise.id)?
            .first()
            .map(|p| p.display().to_string()),
        ExerciseKind::Quiz(_) => None,
    };
    Ok(Some(Step {
        lesson: lesson.id.clone(),
        exercise: exercise.id.clone(),
        title: exercise.title.clone(),
        kind: exercise.kind_key(),
        path,
    }))
}

#[derive(Serialize)]
struct Done {
    done: bool,
}

pub fn run(engine: &Engine, track: Option<&str>, json: bool) -> anyhow::Result<u8> {
    let step = find(engine, track)?;
    if json {
        let text = match &step {
            Some(step) => serde_json::to_string_pretty(step)?,
            None => serde_json::to_string_pretty(&Done { done: true })?,
        };
        println!("{text}");
        return Ok(exit::OK);
    }
    let Some(step) = step else {
        done();
        return Ok(exit::OK);
    };
    let lesson_title = engine
        .pack()
        .lesson(&step.lesson)
        .map_or("", |l| l.title.as_str());
    let b = style::bold();
    println!(
        "{b}Next: {}{b:#} ({}, {})",
        step.title, step.exercise, step.kind
    );
    println!("  lesson  {}: {lesson_title}", step.lesson);
    if let Some(path) = &step.path {
        println!("  file    {path}");
    }
    let dim = style::dim();
    let act = match engine.pack().exercise(&step.exercise) {
        Some((_, e)) => match &e.kind {
            ExerciseKind::Quiz(quiz) => {
                format!("gorust answer {} <1-{}>", step.exercise, quiz.choices.len())
            }
            ExerciseKind::Code(_) => format!("gorust check {}", step.exercise),
        },
        None => format!("gorust open {}", step.exercise),
    };
    println!("{dim}Then `{act}`, or `gorust next --open` to work on it in the tutorial.{dim:#}");
    Ok(exit::OK)
}

/// Said when nothing is left (also by `next --open`, which then opens nothing).
pub fn done() {
    let s = style::good();
    println!("{s}Everything is done:{s:#} every exercise here is passed.");
}
