//! `gorust report`: many learners' progress files merged into one class view.
//! Reading is forgiving by design: a file that is damaged, too new, or from
//! another pack is set aside with its reason, and the report goes on with the
//! rest. The result is plain data; the command line renders it.

use crate::pack::Pack;
use crate::progress::{FORMAT_VERSION, Progress, Status};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The version of the JSON report; bumped only when a field changes meaning
/// or disappears (new fields may be added).
pub const REPORT_FORMAT: u32 = 1;

/// Progress files are a few kilobytes; anything far bigger found in a folder
/// is something else.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Error)]
pub enum ReportError {
    #[error("there is no track `{name}` in {pack}; its tracks are: {known}")]
    UnknownTrack {
        name: String,
        pack: String,
        known: String,
    },
    #[error(
        "--track {0} needs to know the pack: the files are from a pack that is neither the built-in one nor the --lessons pack"
    )]
    TrackNeedsPack(String),
}

/// Why a file was left out of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipKind {
    /// The path given does not exist.
    Missing,
    /// A directory with no `.json` file in it.
    NoFiles,
    Unreadable,
    TooLarge,
    NotJson,
    /// JSON, but not shaped like a progress file.
    NotProgress,
    /// Written by a newer gorust.
    TooNew,
    /// From another pack than most of the files.
    OtherPack,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub file: String,
    pub kind: SkipKind,
    /// A sentence for a human.
    pub reason: String,
}

impl Skipped {
    fn new(path: &Path, kind: SkipKind, reason: impl Into<String>) -> Skipped {
        Skipped {
            file: path.display().to_string(),
            kind,
            reason: reason.into(),
        }
    }
}

/// A progress file found among the arguments, not yet read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    /// What to call the learner when the file names nobody.
    pub fallback_name: String,
}

/// One learner's file, read.
#[derive(Clone, Debug)]
pub struct LearnerFile {
    pub found: Found,
    pub progress: Progress,
}

/// Finds the files to read: every file argument as it is, and in every
/// directory argument each `*.json` file, recursively, skipping hidden
/// directories (a workspace's `.cache` holds build metadata, not progress).
pub fn discover(args: &[PathBuf]) -> (Vec<Found>, Vec<Skipped>) {
    let mut found = Vec::new();
    let mut skipped = Vec::new();
    let mut seen = HashSet::new();
    for arg in args {
        match std::fs::metadata(arg) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                skipped.push(Skipped::new(arg, SkipKind::Missing, "does not exist"));
            }
            Err(e) => skipped.push(Skipped::new(
                arg,
                SkipKind::Unreadable,
                format!("cannot be read: {e}"),
            )),
            Ok(meta) if meta.is_dir() => {
                let before = found.len();
                walk(arg, arg, &mut found, &mut skipped, &mut seen);
                if found.len() == before {
                    skipped.push(Skipped::new(
                        arg,
                        SkipKind::NoFiles,
                        "is a folder with no .json file in it",
                    ));
                }
            }
            Ok(_) => {
                if seen.insert(identity(arg)) {
                    found.push(Found {
                        path: arg.clone(),
                        fallback_name: fallback_name(None, arg),
                    });
                }
            }
        }
    }
    (found, skipped)
}

fn identity(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn walk(
    root: &Path,
    dir: &Path,
    found: &mut Vec<Found>,
    skipped: &mut Vec<Skipped>,
    seen: &mut HashSet<PathBuf>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            skipped.push(Skipped::new(
                dir,
                SkipKind::Unreadable,
                format!("cannot be read: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        // Not following linked folders keeps a link cycle from looping.
        let Ok(link_meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if link_meta.is_dir() {
            walk(root, &path, found, skipped, seen);
        } else if name.ends_with(".json") && path.is_file() && seen.insert(identity(&path)) {
            let fallback_name = fallback_name(Some(root), &path);
            found.push(Found {
                path,
                fallback_name,
            });
        }
    }
}

/// `ada.json` is Ada's; `ada/progress.json` too (found under the folder
/// given), so collecting one folder per learner works as well as one file each.
fn fallback_name(root: Option<&Path>, path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if stem != "progress" && !stem.is_empty() {
        return stem;
    }
    let parent = path.parent().unwrap_or(Path::new(""));
    if let Some(rel) = root.and_then(|r| parent.strip_prefix(r).ok())
        && !rel.as_os_str().is_empty()
    {
        return rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
    }
    parent
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads one progress file, saying exactly what is wrong with a bad one.
pub fn read_progress(path: &Path) -> Result<Progress, Skipped> {
    let skip = |kind, reason: String| Skipped::new(path, kind, reason);
    let unreadable = |e: std::io::Error| skip(SkipKind::Unreadable, format!("cannot be read: {e}"));
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(skip(
            SkipKind::TooLarge,
            format!(
                "is {} MiB, far too large for a progress file",
                meta.len() / (1024 * 1024)
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    let value: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|e| skip(SkipKind::NotJson, format!("is not JSON ({e})")))?;
    let not_progress = |why: String| {
        skip(
            SkipKind::NotProgress,
            format!(
                "is not a gorust progress file: {why} (make one with `gorust progress --json`)"
            ),
        )
    };
    let Some(object) = value.as_object() else {
        return Err(not_progress("it is not a JSON object".to_owned()));
    };
    let version = match object.get("version") {
        None => return Err(not_progress("it has no `version` field".to_owned())),
        Some(v) => v
            .as_u64()
            .ok_or_else(|| not_progress("its `version` is not a whole number".to_owned()))?,
    };
    if version > u64::from(FORMAT_VERSION) {
        return Err(skip(
            SkipKind::TooNew,
            format!(
                "was written by a newer gorust (progress format {version}; this one reads {FORMAT_VERSION}): update gorust to include it"
            ),
        ));
    }
    serde_json::from_value(value).map_err(|e| not_progress(e.to_string()))
}

/// Reads every file found; the bad ones join `skipped`.
pub fn read_all(found: Vec<Found>, skipped: &mut Vec<Skipped>) -> Vec<LearnerFile> {
    found
        .into_iter()
        .filter_map(|found| match read_progress(&found.path) {
            Ok(progress) => Some(LearnerFile { found, progress }),
            Err(skip) => {
                skipped.push(skip);
                None
            }
        })
        .collect()
}

/// The packs the report may take exercise order and titles from.
#[derive(Clone, Copy, Debug, Default)]
pub struct KnownPacks<'a> {
    /// The `--lessons` pack, when one was given.
    pub given: Option<&'a Pack>,
    pub builtin: Option<&'a Pack>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClassReport {
    /// [`REPORT_FORMAT`].
    pub format: u32,
    pub pack: PackSummary,
    /// The track the view is limited to.
    pub track: Option<String>,
    /// One row per exercise, in the pack's order when the pack is known.
    pub exercises: Vec<ExerciseRow>,
    /// One row per progress file merged.
    pub learners: Vec<LearnerRow>,
    /// Exercises tried but not passed, the most stuck first.
    pub stuck: Vec<StuckRow>,
    /// Files that could not be merged, and why.
    pub skipped: Vec<Skipped>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PackSummary {
    /// As the merged files say ("" when they carry no pack title).
    pub title: String,
    pub version: Option<String>,
    /// Whether the pack itself was found, giving exercise order and titles.
    pub known: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExerciseRow {
    pub id: String,
    /// The id when the pack is not known.
    pub title: String,
    /// The lesson id; null when the pack is not known or no longer has it.
    pub lesson: Option<String>,
    /// `go`, `rust` or `quiz`; null when the pack is not known.
    pub kind: Option<String>,
    /// Learners merged (the same for every row).
    pub learners: usize,
    /// Learners who passed it.
    pub passed: usize,
    /// passed / learners, rounded to 3 decimals.
    pub passed_share: f64,
    /// Learners who tried and have not passed.
    pub stuck: usize,
    pub not_started: usize,
    /// Median attempts of the learners who tried at least once.
    pub median_attempts: Option<f64>,
    pub hints_total: u64,
    /// hints_total / learners, rounded to 3 decimals.
    pub hints_mean: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LearnerRow {
    /// The `learner` in the file, or a name made from the file's.
    pub name: String,
    pub file: String,
    pub passed: usize,
    /// Exercises in the report.
    pub total: usize,
    /// passed / total, rounded to 3 decimals.
    pub completion: f64,
    /// Exercises tried and not passed.
    pub stuck: usize,
    pub attempts: u64,
    pub hints: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StuckRow {
    pub id: String,
    pub title: String,
    pub stuck: usize,
    /// Who is stuck, by name.
    pub learners: Vec<String>,
}

type PackKey = (String, Option<String>);

fn describe_pack(key: &PackKey) -> String {
    match &key.1 {
        Some(v) => format!("`{}` version {v}", key.0),
        None => format!("`{}`", key.0),
    }
}

/// Merges the learners' files into the class view. Files from another pack
/// than the majority join `skipped`; files with no pack title at all (a
/// workspace's own progress.json) go with the majority.
pub fn merge(
    files: Vec<LearnerFile>,
    mut skipped: Vec<Skipped>,
    packs: KnownPacks<'_>,
    track: Option<&str>,
) -> Result<ClassReport, ReportError> {
    let (majority, majority_count) = majority_pack(&files, packs);
    let mut merged = Vec::new();
    for file in files {
        let key = pack_key(&file);
        if key.0.is_empty() || key == majority {
            merged.push(file);
        } else {
            skipped.push(Skipped::new(
                &file.found.path,
                SkipKind::OtherPack,
                format!(
                    "is from pack {}, not {} like {} of the files",
                    describe_pack(&key),
                    describe_pack(&majority),
                    majority_count
                ),
            ));
        }
    }

    let pack: Option<&Pack> = if majority.0.is_empty() {
        // Nothing says which pack: trust only the one named on the command line.
        packs.given
    } else {
        [packs.given, packs.builtin]
            .into_iter()
            .flatten()
            .find(|p| p.title == majority.0)
    };
    let title = match (&majority.0, pack) {
        (t, Some(p)) if t.is_empty() => p.title.clone(),
        (t, _) => t.clone(),
    };

    let exercises = exercise_list(pack, track, &merged)?;
    let names = learner_names(&merged);
    let (exercise_rows, stuck) = exercise_rows(&exercises, &merged, &names);
    let learners = learner_rows(&exercises, &merged, names);

    Ok(ClassReport {
        format: REPORT_FORMAT,
        pack: PackSummary {
            title,
            version: majority.1,
            known: pack.is_some(),
        },
        track: track.map(str::to_owned),
        exercises: exercise_rows,
        learners,
        stuck,
        skipped,
    })
}

fn pack_key(file: &LearnerFile) -> PackKey {
    (
        file.progress.pack.title.trim().to_owned(),
        file.progress.pack.version.clone(),
    )
}

/// The pack most files are from, and how many are: on a tie, a pack gorust
/// knows, then the first seen. Files without a pack title do not vote.
fn majority_pack(files: &[LearnerFile], packs: KnownPacks<'_>) -> (PackKey, usize) {
    // Count the titled files per pack, in order of first appearance.
    let mut groups: Vec<(PackKey, usize)> = Vec::new();
    for file in files {
        let key = pack_key(file);
        if key.0.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => groups.push((key, 1)),
        }
    }
    let title_known = |title: &str| {
        [packs.given, packs.builtin]
            .into_iter()
            .flatten()
            .any(|p| p.title == title)
    };
    groups
        .into_iter()
        .enumerate()
        .max_by_key(|(i, (key, n))| (*n, title_known(&key.0), std::cmp::Reverse(*i)))
        .map(|(_, group)| group)
        .unwrap_or_default()
}

/// One row per exercise, and the exercises where learners are stuck: most
/// learners stuck first, then where they tried hardest, then pack order.
fn exercise_rows(
    exercises: &[ExerciseInfo],
    merged: &[LearnerFile],
    names: &[String],
) -> (Vec<ExerciseRow>, Vec<StuckRow>) {
    let n = merged.len();
    let mut rows = Vec::new();
    let mut stuck = Vec::new();
    for (order, (id, title, lesson, kind)) in exercises.iter().enumerate() {
        let entries: Vec<_> = merged.iter().map(|f| f.progress.exercise(id)).collect();
        let passed = entries
            .iter()
            .filter(|e| e.status == Status::Passed)
            .count();
        let stuck_who: Vec<String> = entries
            .iter()
            .zip(names)
            .filter(|(e, _)| e.status == Status::Attempted)
            .map(|(_, name)| name.clone())
            .collect();
        let not_started = entries.iter().filter(|e| e.status == Status::New).count();
        let tries: Vec<u32> = entries
            .iter()
            .map(|e| e.attempts)
            .filter(|&a| a > 0)
            .collect();
        let hints_total: u64 = entries.iter().map(|e| u64::from(e.hints_shown)).sum();
        let stuck_attempts: u64 = entries
            .iter()
            .filter(|e| e.status == Status::Attempted)
            .map(|e| u64::from(e.attempts))
            .sum();
        if !stuck_who.is_empty() {
            stuck.push((
                order,
                stuck_attempts,
                StuckRow {
                    id: id.clone(),
                    title: title.clone(),
                    stuck: stuck_who.len(),
                    learners: stuck_who.clone(),
                },
            ));
        }
        rows.push(ExerciseRow {
            id: id.clone(),
            title: title.clone(),
            lesson: lesson.clone(),
            kind: kind.clone(),
            learners: n,
            passed,
            passed_share: ratio(passed as f64, n),
            stuck: stuck_who.len(),
            not_started,
            median_attempts: median(tries),
            hints_total,
            hints_mean: ratio(hints_total as f64, n),
        });
    }
    stuck.sort_by_key(|(order, attempts, row)| {
        (
            std::cmp::Reverse(row.stuck),
            std::cmp::Reverse(*attempts),
            *order,
        )
    });
    (rows, stuck.into_iter().map(|(_, _, row)| row).collect())
}

/// One row per learner, sorted by name (then file).
fn learner_rows(
    exercises: &[ExerciseInfo],
    merged: &[LearnerFile],
    names: Vec<String>,
) -> Vec<LearnerRow> {
    let ids: Vec<&str> = exercises.iter().map(|e| e.0.as_str()).collect();
    let mut learners: Vec<LearnerRow> = merged
        .iter()
        .zip(names)
        .map(|(f, name)| {
            let entries: Vec<_> = ids.iter().map(|id| f.progress.exercise(id)).collect();
            let passed = entries
                .iter()
                .filter(|e| e.status == Status::Passed)
                .count();
            LearnerRow {
                name,
                file: f.found.path.display().to_string(),
                passed,
                total: ids.len(),
                completion: ratio(passed as f64, ids.len()),
                stuck: entries
                    .iter()
                    .filter(|e| e.status == Status::Attempted)
                    .count(),
                attempts: entries.iter().map(|e| u64::from(e.attempts)).sum(),
                hints: entries.iter().map(|e| u64::from(e.hints_shown)).sum(),
            }
        })
        .collect();
    learners
        .sort_by(|a, b| (a.name.to_lowercase(), &a.file).cmp(&(b.name.to_lowercase(), &b.file)));
    learners
}

/// (id, title, lesson, kind) of every exercise in the report: the pack's (or
/// the track's) in order, then ids only the files know, sorted.
type ExerciseInfo = (String, String, Option<String>, Option<String>);

fn exercise_list(
    pack: Option<&Pack>,
    track: Option<&str>,
    files: &[LearnerFile],
) -> Result<Vec<ExerciseInfo>, ReportError> {
    let in_files: BTreeSet<&str> = files
        .iter()
        .flat_map(|f| f.progress.exercises.keys().map(String::as_str))
        .collect();
    let Some(pack) = pack else {
        if let Some(name) = track {
            return Err(ReportError::TrackNeedsPack(name.to_owned()));
        }
        return Ok(in_files
            .into_iter()
            .map(|id| (id.to_owned(), id.to_owned(), None, None))
            .collect());
    };
    let track = match track {
        Some(name) => Some(pack.track(name).ok_or_else(|| ReportError::UnknownTrack {
            name: name.to_owned(),
            pack: pack.title.clone(),
            known: pack.track_ids(),
        })?),
        None => None,
    };
    let mut list: Vec<ExerciseInfo> = pack
        .lessons_in(track)
        .into_iter()
        .flat_map(|l| {
            l.exercises.iter().map(|e| {
                (
                    e.id.clone(),
                    e.title.clone(),
                    Some(l.id.clone()),
                    Some(e.kind_key().to_owned()),
                )
            })
        })
        .collect();
    // A track is a chosen view; without one, nothing a learner did is hidden,
    // even an exercise a newer edition of the pack has dropped.
    if track.is_none() {
        list.extend(
            in_files
                .into_iter()
                .filter(|id| pack.exercise(id).is_none())
                .map(|id| (id.to_owned(), id.to_owned(), None, None)),
        );
    }
    Ok(list)
}

/// The learners' display names, in the files' order; two files naming the
/// same learner are told apart by their file.
fn learner_names(files: &[LearnerFile]) -> Vec<String> {
    let base: Vec<String> = files
        .iter()
        .map(|f| {
            f.progress
                .learner
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .unwrap_or_else(|| f.found.fallback_name.clone())
        })
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for name in &base {
        *counts.entry(name.as_str()).or_default() += 1;
    }
    base.iter()
        .zip(files)
        .map(|(name, f)| {
            if counts.get(name.as_str()).copied().unwrap_or(0) > 1 {
                format!("{name} ({})", f.found.path.display())
            } else {
                name.clone()
            }
        })
        .collect()
}

fn ratio(part: f64, whole: usize) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    round3(part / whole as f64)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn median(mut values: Vec<u32>) -> Option<f64> {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(f64::from(values[n / 2])),
        _ => Some((f64::from(values[n / 2 - 1]) + f64::from(values[n / 2])) / 2.0),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::progress::{ExerciseProgress, PackInfo};

    fn learner(
        name: Option<&str>,
        file: &str,
        pack: &str,
        ex: &[(&str, Status, u32, u32)],
    ) -> LearnerFile {
        LearnerFile {
            found: Found {
                path: PathBuf::from(file),
                fallback_name: file.trim_end_matches(".json").to_owned(),
            },
            progress: Progress {
                version: 1,
                pack: PackInfo {
                    title: pack.to_owned(),
                    version: None,
                },
                learner: name.map(str::to_owned),
                exercises: ex
                    .iter()
                    .map(|(id, status, attempts, hints)| {
                        (
                            (*id).to_owned(),
                            ExerciseProgress {
                                status: *status,
                                attempts: *attempts,
                                first_pass: None,
                                hints_shown: *hints,
                            },
                        )
                    })
                    .collect(),
            },
        }
    }

    #[test]
    fn medians() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![3]), Some(3.0));
        assert_eq!(median(vec![4, 1, 2]), Some(2.0));
        assert_eq!(median(vec![4, 1, 2, 9]), Some(3.0));
        assert_eq!(median(vec![1, 2]), Some(1.5));
    }

    #[test]
    fn the_majority_pack_wins_and_the_others_are_skipped() {
        use Status::*;
        let files = vec![
            learner(
                Some("Ada"),
                "a.json",
                "P",
                &[("x", Passed, 2, 1), ("y", Attempted, 5, 0)],
            ),
            learner(None, "bo.json", "P", &[("y", Attempted, 1, 2)]),
            learner(Some("Cy"), "c.json", "Q", &[("z", Passed, 1, 0)]),
            learner(None, "raw.json", "", &[("x", Passed, 1, 0)]),
        ];
        let r = merge(files, Vec::new(), KnownPacks::default(), None).unwrap();
        assert_eq!(r.pack.title, "P");
        assert!(!r.pack.known);
        assert_eq!(r.skipped.len(), 1);
        assert_eq!(r.skipped[0].kind, SkipKind::OtherPack);
        assert!(
            r.skipped[0].reason.contains("`Q`"),
            "{}",
            r.skipped[0].reason
        );
        let names: Vec<&str> = r.learners.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(
            names,
            ["Ada", "bo", "raw"],
            "untitled files join the majority"
        );
        let ids: Vec<&str> = r.exercises.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["x", "y"], "sorted ids when the pack is unknown");
        let x = &r.exercises[0];
        assert_eq!((x.passed, x.stuck, x.not_started), (2, 0, 1));
        assert_eq!(x.passed_share, 0.667);
        assert_eq!(x.median_attempts, Some(1.5));
        let y = &r.exercises[1];
        assert_eq!((y.hints_total, y.hints_mean), (2, 0.667));
        assert_eq!(r.stuck.len(), 1);
        assert_eq!(r.stuck[0].learners, ["Ada", "bo"]);
        assert_eq!(r.learners[0].completion, 0.5);
    }

    #[test]
    fn the_same_name_twice_is_told_apart_by_file() {
        let files = vec![
            learner(Some("Ada"), "one.json", "P", &[]),
            learner(Some("Ada"), "two.json", "P", &[]),
        ];
        let names = learner_names(&files);
        assert_eq!(names, ["Ada (one.json)", "Ada (two.json)"]);
    }

    #[test]
    fn names_come_from_files_or_their_folders() {
        assert_eq!(fallback_name(None, Path::new("class/ada.json")), "ada");
        assert_eq!(
            fallback_name(
                Some(Path::new("class")),
                Path::new("class/bo/builtin/progress.json")
            ),
            "bo/builtin"
        );
        assert_eq!(
            fallback_name(None, Path::new("class/cy/progress.json")),
            "cy"
        );
    }
}
