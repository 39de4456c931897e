use super::exit;
use super::render::{status_mark, style};
use crate::engine::Engine;
use crate::pack::ExerciseKind;
use crate::words::counted;
use anstream::println;

/// What the learner has done; with a track, its lessons only (the JSON is
/// the progress file itself, whatever the track).
pub fn run(
    engine: &Engine,
    json: bool,
    markdown: bool,
    name: Option<&str>,
    track: Option<&str>,
) -> anyhow::Result<u8> {
    if let Some(name) = name {
        let mut settings = engine.settings();
        settings.learner = Some(name.trim().to_owned()).filter(|n| !n.is_empty());
        engine.save_settings(&settings)?;
    }
    let progress = engine.progress()?;
    let pack = engine.pack();
    let lessons = pack.lessons_in(super::track(pack, track)?);
    if json {
        println!("{}", serde_json::to_string_pretty(&progress)?);
        return Ok(exit::OK);
    }
    let exercises = || lessons.iter().flat_map(|l| &l.exercises);
    let total = exercises().count();
    let passed = exercises()
        .filter(|e| progress.status(&e.id) == crate::progress::Status::Passed)
        .count();
    let who = progress.learner.clone().unwrap_or_else(|| "You".to_owned());
    if markdown {
        println!("# {who}: {}", pack.title);
        println!();
        println!("{passed} of {total} exercises passed.");
        for lesson in &lessons {
            let done: Vec<_> = lesson
                .exercises
                .iter()
                .filter(|e| progress.status(&e.id) == crate::progress::Status::Passed)
                .collect();
            if done.is_empty() {
                continue;
            }
            println!();
            println!(
                "## {} ({}/{})",
                lesson.title,
                done.len(),
                lesson.exercises.len()
            );
            for e in done {
                let p = progress.exercise(&e.id);
                let kind = match &e.kind {
                    ExerciseKind::Code(c) => c.lang.to_string(),
                    ExerciseKind::Quiz(_) => "quiz".to_owned(),
                };
                println!(
                    "- [x] {} ({kind}; {}, {})",
                    e.title,
                    counted(p.attempts, "attempt", "attempts"),
                    counted(p.hints_shown, "hint", "hints"),
                );
            }
        }
        return Ok(exit::OK);
    }
    let b = style::bold();
    println!(
        "{b}{who}{b:#}: {passed} of {total} exercises passed in {}",
        pack.title
    );
    for lesson in &lessons {
        let done = lesson
            .exercises
            .iter()
            .filter(|e| progress.status(&e.id) == crate::progress::Status::Passed)
            .count();
        println!();
        println!(
            "{b}{}{b:#} ({done}/{})",
            lesson.title,
            lesson.exercises.len()
        );
        for e in &lesson.exercises {
            let p = progress.exercise(&e.id);
            println!(
                "  {} {:<28} attempts {:<3} hints {}",
                status_mark(p.status),
                e.id,
                p.attempts,
                p.hints_shown
            );
        }
    }
    Ok(exit::OK)
}
