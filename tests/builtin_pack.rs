//! The built-in lesson pack: what the course must contain, counted from the
//! loaded pack itself (never from a hand-kept number), and a full
//! `gorust validate` run that builds and runs every program in it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use assert_cmd::Command;
use gorust::Lang;
use gorust::pack::{self, Check, CodeExercise, Exercise, ExerciseKind, Expect, Pack, Page};
use std::path::Path;

/// The built-in pack. Load problems are asserted by their own test, so the
/// other tests still report what they count when one lesson is broken.
fn builtin() -> Pack {
    pack::load_builtin().pack
}

/// Every code exercise of the pack, with its id.
fn code_exercises(pack: &Pack) -> Vec<(&Exercise, &CodeExercise)> {
    pack.exercises()
        .filter_map(|(_, e)| match &e.kind {
            ExerciseKind::Code(code) => Some((e, code)),
            ExerciseKind::Quiz(_) => None,
        })
        .collect()
}

fn ids(found: &[(&Exercise, &CodeExercise)]) -> Vec<String> {
    found.iter().map(|(e, _)| e.id.clone()).collect()
}

/// Asserts that at least `min` exercises pass `keep`, naming those found.
fn at_least(pack: &Pack, min: usize, what: &str, keep: impl Fn(&CodeExercise) -> bool) {
    let found: Vec<_> = code_exercises(pack)
        .into_iter()
        .filter(|(_, code)| keep(code))
        .collect();
    assert!(
        found.len() >= min,
        "the built-in pack needs at least {min} {what}, found {}: {:?}",
        found.len(),
        ids(&found)
    );
}

fn expect_of(page: &Page, lang: Lang) -> Option<&Expect> {
    let snippet = match lang {
        Lang::Go => page.go.as_ref(),
        Lang::Rust => page.rust.as_ref(),
    };
    snippet.map(|s| &s.expect)
}

fn is_compile_error(expect: Option<&Expect>, code: Option<&str>) -> bool {
    match (expect, code) {
        (Some(Expect::CompileError { .. }), None) => true,
        (Some(Expect::CompileError { codes }), Some(code)) => codes.iter().any(|c| c == code),
        _ => false,
    }
}

/// Asserts that some page of the pack satisfies `keep`.
fn some_page(pack: &Pack, what: &str, keep: impl Fn(&Page) -> bool) {
    let found = pack.lessons.iter().flat_map(|l| l.pages.iter()).any(keep);
    assert!(found, "the built-in pack needs a page where {what}");
}

#[test]
fn loads_without_problems() {
    let loaded = pack::load_builtin();
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the built-in pack has {} load problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_lesson_has_a_summary_pages_and_a_side_by_side_page() {
    let pack = builtin();
    assert!(
        pack.lessons.len() >= 24,
        "the built-in pack needs at least 24 lessons, found {}",
        pack.lessons.len()
    );
    for lesson in &pack.lessons {
        let summary = lesson.summary.trim();
        assert!(!summary.is_empty(), "lesson `{}` has no summary", lesson.id);
        assert!(
            !summary.contains('\n'),
            "lesson `{}`: the summary must be one line, got {summary:?}",
            lesson.id
        );
        assert!(
            lesson.pages.len() >= 3,
            "lesson `{}` needs at least 3 pages, has {}",
            lesson.id,
            lesson.pages.len()
        );
        assert!(
            lesson
                .pages
                .iter()
                .any(|p| p.go.is_some() && p.rust.is_some()),
            "lesson `{}` needs a page with both a Go and a Rust program",
            lesson.id
        );
    }
}

#[test]
fn exercise_counts() {
    let pack = builtin();
    let all = pack.exercises().count();
    assert!(
        all >= 110,
        "the built-in pack needs at least 110 exercises, has {all}"
    );

    let quizzes: Vec<&str> = pack
        .exercises()
        .filter(|(_, e)| matches!(e.kind, ExerciseKind::Quiz(_)))
        .map(|(_, e)| e.id.as_str())
        .collect();
    assert!(
        quizzes.len() >= 25,
        "the built-in pack needs at least 25 quizzes, found {}: {quizzes:?}",
        quizzes.len()
    );

    at_least(&pack, 38, "Go code exercises", |c| c.lang == Lang::Go);
    at_least(&pack, 42, "Rust code exercises", |c| c.lang == Lang::Rust);
}

#[test]
fn every_kind_of_check_and_option_is_used() {
    let pack = builtin();
    at_least(&pack, 14, "`same_as` exercises", |c| {
        matches!(c.check, Check::SameAs(_))
    });
    at_least(&pack, 12, "`test` exercises", |c| {
        matches!(c.check, Check::Test(_))
    });
    at_least(&pack, 3, "`race` exercises", |c| c.race);
    at_least(&pack, 8, "exercises with `crates: [tokio]`", |c| {
        c.inputs.crates.iter().any(|k| k == "tokio")
    });
    at_least(&pack, 2, "`lint` exercises", |c| c.lint);
    at_least(&pack, 6, "exercises with more than one file", |c| {
        c.files.len() > 1
    });
    at_least(&pack, 1, "Go exercise with more than one file", |c| {
        c.lang == Lang::Go && c.files.len() > 1
    });
    at_least(&pack, 1, "Rust exercise with more than one file", |c| {
        c.lang == Lang::Rust && c.files.len() > 1
    });
}

/// A task that states a rule ("without `.clone()`", "keep the `defer`") must
/// fail a learner who ignores it: such an exercise has rules or a test, and
/// at least one `must_fail` program (a plausible wrong answer) that
/// `validate` proves does not pass. Rules without such a program are
/// unproven.
#[test]
fn stated_rules_are_graded_and_proven() {
    let pack = builtin();
    let exercises = code_exercises(&pack);
    let unproven: Vec<&str> = exercises
        .iter()
        .filter(|(_, code)| !code.rules.is_empty() && code.must_fail.is_empty())
        .map(|(e, _)| e.id.as_str())
        .collect();
    assert!(
        unproven.is_empty(),
        "these exercises have rules but no must_fail program: {unproven:?}"
    );
    for id in [
        "ownership-shout",
        "match-kind",
        "errors-from",
        "cleanup-defer-loop",
        "concurrency-join-order",
        "generics-evens",
    ] {
        let (_, code) = exercises
            .iter()
            .find(|(e, _)| e.id == id)
            .unwrap_or_else(|| panic!("the built-in pack has no exercise `{id}`"));
        assert!(
            !code.rules.is_empty() || matches!(code.check, Check::Test(_)),
            "`{id}` states a rule in its task: grade it with rules or a test"
        );
        assert!(
            !code.must_fail.is_empty(),
            "`{id}` needs a must_fail program that breaks its rule"
        );
    }
    at_least(&pack, 20, "exercises with must_fail programs", |c| {
        !c.must_fail.is_empty()
    });
}

#[test]
fn the_common_rustc_errors_are_explained() {
    let pack = builtin();
    let codes = [
        "E0382", "E0499", "E0502", "E0505", "E0373", "E0277", "E0004", "E0308", "E0596", "E0106",
    ];
    let missing: Vec<&str> = codes
        .into_iter()
        .filter(|code| pack.pages_explaining(code).next().is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "no page of the built-in pack `explains` these rustc codes: {missing:?}"
    );
}

/// Beyond the common codes, the pack explains a wide range of rustc errors, so
/// a learner's compile error usually leads to a page.
#[test]
fn many_distinct_rustc_codes_are_explained() {
    let pack = builtin();
    let codes: std::collections::BTreeSet<&str> = pack
        .lessons
        .iter()
        .flat_map(|l| l.pages.iter())
        .flat_map(|p| p.explains.iter().map(String::as_str))
        .collect();
    assert!(
        codes.len() >= 28,
        "the built-in pack needs at least 28 distinct rustc codes in `explains`, found {}: {codes:?}",
        codes.len()
    );
}

/// The pack's order is its learning order: a lesson comes after every lesson
/// it requires, so the self-paced track never sends a learner ahead.
#[test]
fn every_lesson_comes_after_what_it_requires() {
    let pack = builtin();
    let position = |id: &str| pack.lessons.iter().position(|l| l.id == id);
    for (at, lesson) in pack.lessons.iter().enumerate() {
        for required in &lesson.requires {
            let before = position(required).unwrap_or_else(|| {
                panic!(
                    "`{}` requires `{required}`, not a lesson of the pack",
                    lesson.id
                )
            });
            assert!(
                before < at,
                "`{}` (lesson {}) requires `{required}`, which comes later (lesson {})",
                lesson.id,
                at + 1,
                before + 1
            );
        }
    }
}

/// The "bug Rust prevented" pages: each contrast is proven by `expect`, so
/// `validate` fails if the Go program stops misbehaving or Rust starts
/// accepting the bug.
#[test]
fn the_bugs_rust_prevents_are_proven_by_expect() {
    let pack = builtin();
    some_page(
        &pack,
        "the Go program has a data race (`go: race`) and the Rust one does not compile",
        |p| {
            matches!(expect_of(p, Lang::Go), Some(Expect::Race))
                && is_compile_error(expect_of(p, Lang::Rust), None)
        },
    );
    some_page(
        &pack,
        "the Go program panics (`go: panic`) and the Rust one does not compile",
        |p| {
            matches!(expect_of(p, Lang::Go), Some(Expect::Panic))
                && is_compile_error(expect_of(p, Lang::Rust), None)
        },
    );
    some_page(
        &pack,
        "the Rust program fails with E0382 (use after move)",
        |p| is_compile_error(expect_of(p, Lang::Rust), Some("E0382")),
    );
    some_page(
        &pack,
        "the Rust program fails with E0004 (non-exhaustive match)",
        |p| is_compile_error(expect_of(p, Lang::Rust), Some("E0004")),
    );
}

#[test]
fn the_tracks_exist_and_name_real_lessons() {
    let pack = builtin();
    for id in ["self-paced", "workshop", "go-to-rust", "rust-to-go"] {
        let track = pack
            .track(id)
            .unwrap_or_else(|| panic!("the built-in pack has no track `{id}`"));
        assert!(!track.lessons.is_empty(), "track `{id}` lists no lessons");
        for lesson in &track.lessons {
            assert!(
                pack.lesson(lesson).is_some(),
                "track `{id}` names `{lesson}`, which is not a lesson of the pack"
            );
        }
    }
    let self_paced = &pack.track("self-paced").unwrap().lessons;
    let all: Vec<&String> = pack.lessons.iter().map(|l| &l.id).collect();
    assert_eq!(
        self_paced.iter().collect::<Vec<_>>(),
        all,
        "the self-paced track is every lesson, in order"
    );
}

/// The real `gorust validate` on the built-in pack: every snippet does what
/// its `expect` says, every solution passes, every starter does not.
#[test]
fn validate_passes_on_the_builtin_pack() {
    if !common::require("go") || !common::require("cargo") {
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("gorust-cache");
    let out = Command::cargo_bin("gorust")
        .unwrap()
        .arg("--workspace")
        .arg(workspace.path())
        .arg("validate")
        .env("GORUST_CACHE_DIR", cache)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "`gorust validate` failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    assert!(
        stdout.lines().any(|l| l.ends_with(" 0 problems")),
        "`gorust validate` did not report 0 problems:\n{stdout}\n{stderr}"
    );
}

/// Every program a learner reads is formatted as its language's tool would:
/// gofmt for Go, rustfmt (edition 2024) for Rust. (Lint cleanliness of the
/// solutions is part of `validate`.)
#[test]
fn every_program_is_formatted() {
    if !common::require("go") || !common::require("rustc") {
        return;
    }
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let out = std::process::Command::new("gofmt")
        .arg("-l")
        .arg(&lessons)
        .output()
        .expect("gofmt runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "",
        "these Go files are not gofmt-formatted"
    );

    let mut rust_files = Vec::new();
    let mut dirs = vec![lessons];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                rust_files.push(path);
            }
        }
    }
    assert!(
        rust_files.len() > 50,
        "found {} Rust files",
        rust_files.len()
    );
    let out = std::process::Command::new("rustfmt")
        .args(["--check", "--edition", "2024"])
        .args(&rust_files)
        .output()
        .expect("rustfmt runs");
    assert!(
        out.status.success(),
        "these Rust files are not rustfmt-formatted:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Small Go programs, each failing to build or to pass `go vet` in one of
/// the ways a page of the pack explains: (directory, go.mod version, source).
const GO_MISTAKES: &[(&str, &str, &str)] = &[
    (
        "unused",
        "1.26",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tn := 1\n}\n",
    ),
    (
        "conversion",
        "1.26",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar small int32 = 1\n\tvar big int64 = 2\n\tfmt.Println(small + big)\n}\n",
    ),
    (
        "stringer",
        "1.26",
        "package main\n\nimport \"fmt\"\n\ntype Version struct{}\n\nfunc (v *Version) String() string { return \"v\" }\n\nfunc main() {\n\tvar s fmt.Stringer = Version{}\n\tfmt.Println(s)\n}\n",
    ),
    (
        "typeset",
        "1.26",
        "package main\n\nimport \"fmt\"\n\ntype Number interface{ ~int | ~float64 }\n\nfunc Sum[T Number](xs []T) T {\n\tvar t T\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n\nfunc main() {\n\tfmt.Println(Sum([]string{\"a\"}))\n}\n",
    ),
    (
        "noreturn",
        "1.26",
        "package main\n\nimport \"fmt\"\n\nfunc days(s int) int {\n\tswitch s {\n\tcase 0:\n\t\treturn 5\n\t}\n}\n\nfunc main() {\n\tfmt.Println(days(0))\n}\n",
    ),
    (
        "deadcode",
        "1.26",
        "package main\n\nimport \"fmt\"\n\nfunc grade(n int) string {\n\tswitch {\n\tcase n > 90:\n\t\treturn \"A\"\n\tdefault:\n\t\treturn \"F\"\n\t}\n\treturn \"?\"\n}\n\nfunc main() {\n\tfmt.Println(grade(95))\n}\n",
    ),
    (
        "copylocks",
        "1.26",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype Counter struct {\n\tmu sync.Mutex\n\tn  int\n}\n\nfunc show(c Counter) { fmt.Println(c.n) }\n\nfunc main() {\n\tvar c Counter\n\tshow(c)\n}\n",
    ),
    (
        "printf",
        "1.26",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Sprintf(\"%d\", 1)\n\tfmt.Printf(\"%s has %d users\\n\", 2, \"team\")\n\tfmt.Println(\"%d users\", 2)\n}\n",
    ),
    (
        "lostcancel",
        "1.26",
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tctx, _ := context.WithTimeout(context.Background(), time.Second)\n\tfmt.Println(ctx.Err())\n}\n",
    ),
    (
        "waitgroup",
        "1.26",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tgo func() {\n\t\twg.Add(1)\n\t\tdefer wg.Done()\n\t}()\n\twg.Wait()\n}\n",
    ),
    (
        "waitgroupgo",
        "1.24",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Go(func() {})\n\twg.Wait()\n}\n",
    ),
    (
        "errorsas",
        "1.26",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype QuotaError struct{}\n\nfunc (q *QuotaError) Error() string { return \"quota\" }\n\nfunc main() {\n\tvar target QuotaError\n\tfmt.Println(errors.As(errors.New(\"x\"), &target))\n}\n",
    ),
    (
        "astype",
        "1.26",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype QuotaError struct{}\n\nfunc (q *QuotaError) Error() string { return \"quota\" }\n\nfunc main() {\n\t_, ok := errors.AsType[QuotaError](errors.New(\"x\"))\n\tfmt.Println(ok)\n}\n",
    ),
];

/// What `go build` and `go vet` say of each program, by directory: each is a
/// module of its own, so each gets the Go version it needs.
fn go_says(programs: &[(&str, &str, &str)]) -> Vec<(String, String)> {
    let root = tempfile::tempdir().unwrap();
    programs
        .iter()
        .map(|(dir, version, source)| {
            let module = root.path().join(dir);
            std::fs::create_dir_all(&module).unwrap();
            std::fs::write(
                module.join("go.mod"),
                format!("module {dir}\n\ngo {version}\n"),
            )
            .unwrap();
            std::fs::write(module.join("main.go"), source).unwrap();
            let mut said = String::new();
            let mut refused = false;
            for args in [&["build", "-o", "/dev/null", "."][..], &["vet", "."][..]] {
                let out = std::process::Command::new("go")
                    .args(args)
                    .current_dir(&module)
                    .env("GOTOOLCHAIN", "local")
                    .env("GOFLAGS", "")
                    .output()
                    .unwrap();
                refused |= !out.status.success();
                said.push_str(&String::from_utf8_lossy(&out.stderr));
            }
            assert!(refused, "go build and go vet both accept {dir}");
            (dir.to_string(), said)
        })
        .collect()
}

/// Every `explains_go` message of the pack is one Go really prints: each
/// is found in what `go build` or `go vet` says of a program that makes the
/// mistake, so a typo or a message Go has since reworded fails here.
#[test]
fn every_explains_go_message_is_what_go_prints() {
    if !common::require("go") {
        return;
    }
    let pack = builtin();
    let outputs = go_says(GO_MISTAKES);
    // The pack `gorust new-pack` writes shows the field too.
    let template_dir = tempfile::tempdir().unwrap();
    gorust::new_pack::write_pack(template_dir.path()).unwrap();
    let template = pack::load_dir(template_dir.path()).pack;
    let mut messages = 0;
    for lesson in pack.lessons.iter().chain(&template.lessons) {
        for (i, page) in lesson.pages.iter().enumerate() {
            for message in &page.explains_go {
                messages += 1;
                assert!(
                    outputs
                        .iter()
                        .any(|(_, said)| said.contains(message.as_str())),
                    "lesson `{}`, page {}: no Go output contains {message:?}:\n{outputs:#?}",
                    lesson.id,
                    i + 1
                );
            }
        }
    }
    assert!(
        template
            .lessons
            .iter()
            .any(|l| l.pages.iter().any(|p| !p.explains_go.is_empty())),
        "the new-pack template shows explains_go"
    );
    assert!(
        messages >= 16,
        "the built-in pack should explain at least 15 Go messages, found {messages}"
    );

    // Each mistake leads `o` (and `gorust check`) to the page that teaches it.
    let first_page = |dir: &str| {
        let (_, said) = outputs.iter().find(|(d, _)| d == dir).unwrap();
        let verdict = gorust::runner::Verdict::new(gorust::runner::Outcome::CompileError {
            diagnostics: said.clone(),
            codes: Vec::new(),
        });
        let pages = gorust::explain::explaining_verdict(Some(&pack), &verdict, Some(Lang::Go));
        let first = pages
            .first()
            .unwrap_or_else(|| panic!("no page explains {dir}:\n{said}"));
        (first.lesson.clone(), first.code.clone())
    };
    for (dir, lesson, message) in [
        ("unused", "syntax", "imported and not used"),
        ("conversion", "numbers", "mismatched types"),
        ("stringer", "traits", "does not implement"),
        ("typeset", "generics", "does not satisfy"),
        ("noreturn", "match", "missing return"),
        ("deadcode", "match", "unreachable code"),
        ("copylocks", "shared-state", "passes lock by value"),
        // vet reports one analyzer after another, not in line order.
        ("printf", "testing", ""),
        ("lostcancel", "cancellation", "the cancel function"),
        (
            "waitgroup",
            "lifecycles",
            "WaitGroup.Add called from inside new goroutine",
        ),
        (
            "waitgroupgo",
            "lifecycles",
            "sync.Go requires go1.25 or later",
        ),
        (
            "errorsas",
            "app-errors",
            "second argument to errors.As must be",
        ),
        // The more specific message wins over the generics page's.
        ("astype", "app-errors", "does not satisfy error"),
    ] {
        let (found_lesson, found_message) = first_page(dir);
        assert_eq!(found_lesson, lesson, "{dir}");
        if !message.is_empty() {
            assert_eq!(found_message, message, "{dir}");
        }
    }
}
