use super::exit;
use super::render::{status_mark, style};
use crate::engine::Engine;
use crate::pack::ExerciseKind;
use crate::progress::Status;
use crate::words::counted;
use anstream::println;
use serde::Serialize;

#[derive(Serialize)]
struct ListJson<'a> {
    pack: PackJson<'a>,
    lessons: Vec<LessonJson<'a>>,
}

#[derive(Serialize)]
struct PackJson<'a> {
    title: &'a str,
    version: Option<&'a str>,
}

#[derive(Serialize)]
struct LessonJson<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    exercises: Vec<ExerciseJson<'a>>,
}

#[derive(Serialize)]
struct ExerciseJson<'a> {
    id: &'a str,
    title: &'a str,
    lang: &'static str,
    status: Status,
    /// The learner's copy (main file); null for a quiz.
    path: Option<String>,
}

pub fn run(engine: &Engine, json: bool, track: Option<&str>) -> anyhow::Result<u8> {
    let pack = engine.pack();
    let track = super::track(pack, track)?;
    let progress = engine.progress()?;
    let lessons = pack.lessons_in(track);
    let listed: Vec<LessonJson> = lessons
        .iter()
        .map(|lesson| LessonJson {
            id: &lesson.id,
            title: &lesson.title,
            summary: &lesson.summary,
            exercises: lesson
                .exercises
                .iter()
                .map(|e| ExerciseJson {
                    id: &e.id,
                    title: &e.title,
                    lang: e.kind_key(),
                    status: progress.status(&e.id),
                    path: match &e.kind {
                        ExerciseKind::Code(_) => engine
                            .workspace()
                            .paths(e)
                            .ok()
                            .and_then(|p| p.first().map(|p| p.display().to_string())),
                        ExerciseKind::Quiz(_) => None,
                    },
                })
                .collect(),
        })
        .collect();

    if json {
        let out = ListJson {
            pack: PackJson {
                title: &pack.title,
                version: pack.version.as_deref(),
            },
            lessons: listed,
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(exit::OK);
    }

    let total: usize = listed.iter().map(|l| l.exercises.len()).sum();
    let passed: usize = listed
        .iter()
        .flat_map(|l| &l.exercises)
        .filter(|e| e.status == Status::Passed)
        .count();
    let heading = style::bold();
    println!(
        "{heading}{}{heading:#}: {}, {passed}/{total} exercises passed",
        pack.title,
        counted(listed.len(), "lesson", "lessons")
    );
    if let Some(t) = track {
        println!("track {}: {}", t.id, t.title);
    }
    for lesson in &listed {
        // The pack's number, also in a track: "lesson 16" means one lesson
        // to everyone in the room, as in the tutorial's list.
        let n = pack
            .lessons
            .iter()
            .position(|l| l.id == lesson.id)
            .map_or(0, |i| i + 1);
        let done = lesson
            .exercises
            .iter()
            .filter(|e| e.status == Status::Passed)
            .count();
        println!();
        println!(
            "{n:>2}. {heading}{}{heading:#}  ({done}/{})",
            lesson.title,
            lesson.exercises.len(),
        );
        println!("    {}", lesson.summary);
        for e in &lesson.exercises {
            println!(
                "    {} {:<28} {:<5} {}",
                status_mark(e.status),
                e.id,
                e.lang,
                e.title
            );
        }
    }
    for problem in engine.problems() {
        anstream::eprintln!("warning: {problem}");
    }
    Ok(exit::OK)
}
