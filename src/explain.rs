//! One explanation of a verdict, in words: what `gorust check` prints and
//! what the tutorial's result pane draws are two renderings of this value,
//! so the command line and the screen always say the same thing.

use crate::Lang;
use crate::pack::{Expect, Pack};
use crate::runner::{DiffLine, Outcome, Verdict, strip_ansi};
use std::time::Duration;

/// How a piece of text should stand out; each renderer maps it to its colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Dim,
    Good,
    Warn,
    Bad,
    /// What to do next.
    Accent,
}

/// A verdict explained: a headline, what it means, then the evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// `✔`, `✘` or `■`.
    pub mark: &'static str,
    pub headline: String,
    pub tone: Tone,
    /// "build 420 ms · binary 1.6 MB · ...", when anything was measured.
    pub metrics: Option<String>,
    /// Sentences, each a paragraph.
    pub advice: Vec<(Tone, String)>,
    pub sections: Vec<Section>,
}

/// A page of the pack that explains a rustc error code, or a message of Go's
/// compiler or vet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageRef {
    /// The rustc error code (`E0382`), or for Go the `explains_go` message
    /// found in the output (`declared and not used`).
    pub code: String,
    /// Rust for an error code, Go for a message.
    pub lang: Lang,
    pub lesson: String,
    /// 0-based.
    pub page: usize,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Section {
    /// Expected output against the program's, line by line.
    Diff(Vec<DiffLine>),
    /// A tool's own output, with its ANSI colours: compiler, linter, tests.
    Log {
        heading: Option<&'static str>,
        text: String,
    },
    /// Text as the program wrote it (its output, its standard error, a race
    /// report), kept line by line.
    Text {
        heading: Option<&'static str>,
        text: String,
        tone: Tone,
    },
    /// rustc error codes.
    Codes(Vec<String>),
    /// What a page's program should have done, and what it did.
    Expected {
        expected: String,
        actual: String,
    },
    ExplainedBy(Vec<PageRef>),
}

/// The legend of a [`Section::Diff`]: each side's words.
pub const DIFF_EXPECTED: &str = "- expected, missing";
pub const DIFF_PRINTED: &str = "+ printed, not expected";

/// What the explanation may know beyond the verdict.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    /// For a page's program: what the page expects it to do.
    pub expect: Option<&'a Expect>,
    /// The pack whose pages explain rustc error codes and Go messages.
    pub pack: Option<&'a Pack>,
    /// The program's language: Go's messages are looked for only in Go's
    /// output (rustc too says "mismatched types").
    pub lang: Option<Lang>,
}

impl Explanation {
    pub fn of(verdict: &Verdict, cx: Context<'_>) -> Explanation {
        let passed = verdict.passed();
        let (mark, headline) = match (cx.expect, &verdict.outcome) {
            (Some(expect), Outcome::Passed) => (
                "✔",
                format!("{}, as expected", capitalised(&expect.describe())),
            ),
            (_, Outcome::Passed) => ("✔", "Passed".to_owned()),
            (_, Outcome::Cancelled) => ("■", "Cancelled".to_owned()),
            (_, other) => ("✘", other.title().to_owned()),
        };
        let tone = match &verdict.outcome {
            _ if passed => Tone::Good,
            Outcome::Cancelled | Outcome::TimedOut { .. } | Outcome::OutputLimit { .. } => {
                Tone::Warn
            }
            _ => Tone::Bad,
        };
        let mut explanation = Explanation {
            mark,
            headline,
            tone,
            metrics: metrics(verdict),
            advice: Vec::new(),
            sections: Vec::new(),
        };
        explanation.explain(verdict, cx);
        explanation
    }

    /// The sections, each with whether a blank line goes before it: between
    /// sections and after the advice, except that a diff's legend follows
    /// the sentence that introduces it.
    pub fn spaced_sections(&self) -> impl Iterator<Item = (bool, &Section)> {
        let after_advice = !self.advice.is_empty();
        self.sections.iter().enumerate().map(move |(i, section)| {
            let gap = if i == 0 {
                after_advice && !matches!(section, Section::Diff(_))
            } else {
                true
            };
            (gap, section)
        })
    }

    fn say(&mut self, text: impl Into<String>) {
        self.advice.push((Tone::Plain, text.into()));
    }

    fn section(&mut self, section: Section) {
        let empty = match &section {
            Section::Log { text, .. } | Section::Text { text, .. } => text.trim().is_empty(),
            Section::Codes(codes) => codes.is_empty(),
            Section::ExplainedBy(pages) => pages.is_empty(),
            Section::Diff(_) | Section::Expected { .. } => false,
        };
        if !empty {
            self.sections.push(section);
        }
    }

    /// The program's output and standard error, when it ran.
    fn printed(&mut self, verdict: &Verdict) {
        self.section(Section::Text {
            heading: Some("Output"),
            text: verdict.stdout.clone(),
            tone: Tone::Plain,
        });
        self.standard_error(verdict);
    }

    fn standard_error(&mut self, verdict: &Verdict) {
        self.section(Section::Text {
            heading: Some("Standard error"),
            text: verdict.stderr().to_owned(),
            tone: Tone::Dim,
        });
    }

    fn compiler_says(&mut self, verdict: &Verdict) {
        self.section(Section::Log {
            heading: Some("The compiler says"),
            text: verdict.build_log().to_owned(),
        });
    }

    /// A tool's output, as it printed it.
    fn log(&mut self, text: &str) {
        self.section(Section::Log {
            heading: None,
            text: text.to_owned(),
        });
    }

    /// The pages that explain the verdict's codes or Go messages.
    fn explained_by(&mut self, verdict: &Verdict, cx: &Context<'_>) {
        self.section(Section::ExplainedBy(explaining_verdict(
            cx.pack, verdict, cx.lang,
        )));
    }

    fn explain(&mut self, verdict: &Verdict, cx: Context<'_>) {
        match &verdict.outcome {
            Outcome::Passed => {
                match cx.expect {
                    None => self.say("Your program does what the exercise asks."),
                    Some(Expect::Output) => {}
                    Some(_) => self.compiler_says(verdict),
                }
                self.printed(verdict);
            }
            Outcome::WrongOutput { diff, .. } => {
                self.say("It runs, but prints something other than expected.");
                self.section(Section::Diff(diff.clone()));
                self.standard_error(verdict);
            }
            Outcome::CompileError { diagnostics, codes } => {
                self.say("It does not compile. The compiler says:");
                self.log(diagnostics);
                self.section(Section::Codes(codes.clone()));
                self.explained_by(verdict, &cx);
            }
            Outcome::LintFailed { diagnostics } => {
                self.say("It works, but the linter objects:");
                self.log(diagnostics);
                self.explained_by(verdict, &cx);
            }
            Outcome::TestsFailed { output } => {
                self.say("Some tests failed:");
                self.log(output);
            }
            Outcome::RuntimeError {
                exit_code,
                signal,
                panicked,
                stderr,
            } => {
                self.say(runtime_error(*panicked, *signal, *exit_code));
                self.section(Section::Text {
                    heading: Some("What it printed on standard error"),
                    text: stderr.clone(),
                    tone: Tone::Bad,
                });
                self.section(Section::Text {
                    heading: Some("Output before that"),
                    text: verdict.stdout.clone(),
                    tone: Tone::Plain,
                });
            }
            other => self.explain_more(other, verdict),
        }
    }

    fn explain_more(&mut self, outcome: &Outcome, verdict: &Verdict) {
        match outcome {
            Outcome::Race { report } => {
                self.say(
                    "Go's race detector caught two goroutines using the same memory at the same time, at least one of them writing, with nothing ordering them. The output may even look right: it is still a bug.",
                );
                self.section(Section::Text {
                    heading: Some("The race report"),
                    text: report.clone(),
                    tone: Tone::Warn,
                });
            }
            Outcome::TimedOut {
                after,
                running_test,
                last_output,
            } => {
                self.say(format!(
                    "Still running after {}, so it was stopped. Look for a loop that never ends, a goroutine or thread that waits forever (on a channel nobody closes, a lock never released), or a read of input that never comes.",
                    seconds(*after)
                ));
                if let Some(test) = running_test {
                    self.advice
                        .push((Tone::Accent, format!("Running test: {test}")));
                }
                // The tail says where it got stuck; without one, whatever
                // was printed.
                if last_output.trim().is_empty() {
                    self.printed(verdict);
                } else {
                    self.section(Section::Text {
                        heading: Some("Its last output"),
                        text: last_output.clone(),
                        tone: Tone::Plain,
                    });
                }
            }
            Outcome::OutputLimit {
                limit,
                first_lines,
                last_lines,
            } => {
                self.say(format!(
                    "It printed more than {}, so it was stopped. Look for a loop that prints without end.",
                    size(*limit as u64)
                ));
                for (heading, text) in [
                    ("It began with", first_lines),
                    ("and ended with", last_lines),
                ] {
                    self.section(Section::Text {
                        heading: Some(heading),
                        text: text.clone(),
                        tone: Tone::Plain,
                    });
                }
            }
            Outcome::ToolchainMissing { tool, help } => {
                self.say(format!("{tool} is not installed, or not on your PATH."));
                self.advice.push((Tone::Accent, help.clone()));
            }
            Outcome::RuleFailed {
                message,
                file,
                line,
            } => {
                let place = match (file, line) {
                    (Some(file), Some(line)) => format!(" ({file}:{line})"),
                    (Some(file), None) => format!(" ({file})"),
                    _ => String::new(),
                };
                self.say(format!(
                    "The program works, but the exercise asks for more: {message}{place}"
                ));
            }
            Outcome::NotAsExpected { expected, actual } => {
                self.section(Section::Expected {
                    expected: expected.clone(),
                    actual: actual.clone(),
                });
                self.compiler_says(verdict);
                self.printed(verdict);
            }
            Outcome::Cancelled => self.say("Stopped before it finished."),
            Outcome::Error { message } => self.section(Section::Text {
                heading: None,
                text: message.clone(),
                tone: Tone::Plain,
            }),
            // Explained by `explain`.
            Outcome::Passed
            | Outcome::WrongOutput { .. }
            | Outcome::CompileError { .. }
            | Outcome::LintFailed { .. }
            | Outcome::TestsFailed { .. }
            | Outcome::RuntimeError { .. } => {}
        }
    }
}

/// "E0382 is explained in lesson `ownership`, page 3: Moves", or for Go
/// "“declared and not used” is explained in ..." (pages counted from 1).
pub fn explained_by(p: &PageRef) -> String {
    let what = match p.lang {
        Lang::Rust => p.code.clone(),
        Lang::Go => format!("“{}”", p.code),
    };
    format!(
        "{what} is explained in lesson `{}`, page {}: {}",
        p.lesson,
        p.page + 1,
        p.title
    )
}

fn runtime_error(panicked: bool, signal: Option<i32>, exit_code: Option<i32>) -> String {
    match (panicked, signal, exit_code) {
        (true, _, _) => {
            "The program panicked: it hit an error it could not handle and stopped.".to_owned()
        }
        (_, Some(sig), _) => format!(
            "The program was killed by signal {sig}{}.",
            signal_name(sig)
        ),
        (_, _, Some(code)) => {
            format!("The program exited with status {code}; a program that succeeds exits with 0.")
        }
        _ => "The program stopped abnormally.".to_owned(),
    }
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        6 => " (SIGABRT: the program aborted)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV: it touched memory it does not own)",
        15 => " (SIGTERM)",
        _ => "",
    }
}

/// The pages that explain the codes, in the order of the codes, then of the pack.
pub fn explaining(pack: Option<&Pack>, codes: &[String]) -> Vec<PageRef> {
    let Some(pack) = pack else {
        return Vec::new();
    };
    codes
        .iter()
        .flat_map(|code| {
            pack.pages_explaining(code)
                .map(move |(lesson, page, p)| PageRef {
                    code: code.clone(),
                    lang: Lang::Rust,
                    lesson: lesson.id.clone(),
                    page,
                    title: p.title.clone(),
                })
        })
        .collect()
}

/// The pages that explain a verdict: for a Go build failure or vet finding,
/// the pages whose `explains_go` messages its output contains (the earliest
/// in the output first); otherwise the pages that explain its rustc codes.
pub fn explaining_verdict(
    pack: Option<&Pack>,
    verdict: &Verdict,
    lang: Option<Lang>,
) -> Vec<PageRef> {
    if lang != Some(Lang::Go) {
        return explaining(pack, verdict.error_codes());
    }
    let (
        Some(pack),
        Outcome::CompileError { diagnostics, .. } | Outcome::LintFailed { diagnostics },
    ) = (pack, &verdict.outcome)
    else {
        return Vec::new();
    };
    // Go prints no colours; this runs for every frame the result is drawn.
    let plain = if diagnostics.contains('\u{1b}') {
        std::borrow::Cow::Owned(strip_ansi(diagnostics))
    } else {
        std::borrow::Cow::Borrowed(diagnostics.as_str())
    };
    pack.pages_explaining_go(&plain)
        .into_iter()
        .map(|(lesson, page, p, message)| PageRef {
            code: message.to_owned(),
            lang: Lang::Go,
            lesson: lesson.id.clone(),
            page,
            title: p.title.clone(),
        })
        .collect()
}

fn metrics(verdict: &Verdict) -> Option<String> {
    let m = &verdict.metrics;
    let mut parts = Vec::new();
    if let Some(t) = m.build_time {
        parts.push(format!("build {}", seconds(t)));
    }
    if let Some(bytes) = m.binary_size {
        parts.push(format!("binary {}", size(bytes)));
    }
    if let Some(t) = m.run_time {
        parts.push(format!("run {}", seconds(t)));
    }
    if let Some(kib) = m.peak_memory_kib {
        parts.push(format!("memory {}", size(kib * 1024)));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// A size in decimal units, as `ls -h --si` and most tools print it.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KB", "MB", "GB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// Milliseconds under a second, seconds above.
pub fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 1.0 {
        format!("{:.0} ms", s * 1000.0)
    } else {
        format!("{s:.2} s")
    }
}

fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runner::{DiffTag, Metrics};

    fn advice(e: &Explanation) -> String {
        e.advice.iter().map(|(_, s)| s.as_str()).collect()
    }

    /// The kind and heading of the explanation's one section, when it is
    /// one text or log.
    fn sole_heading(e: &Explanation) -> Option<(&'static str, &'static str)> {
        match &e.sections[..] {
            [Section::Text { heading, .. }] => Some(("text", (*heading)?)),
            [Section::Log { heading, .. }] => Some(("log", (*heading)?)),
            _ => None,
        }
    }

    #[test]
    fn sizes_and_times() {
        assert_eq!(size(512), "512 B");
        assert_eq!(size(1_600_000), "1.6 MB");
        assert_eq!(seconds(Duration::from_millis(41)), "41 ms");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.50 s");
    }

    #[test]
    fn a_compile_error_carries_its_diagnostics_and_codes() {
        let v = Verdict::new(Outcome::CompileError {
            diagnostics: "error[E0382]: borrow of moved value".into(),
            codes: vec!["E0382".into()],
        });
        let e = Explanation::of(&v, Context::default());
        assert_eq!(
            (e.mark, e.headline.as_str(), e.tone),
            ("✘", "Compile error", Tone::Bad)
        );
        assert_eq!(
            e.sections,
            vec![
                Section::Log {
                    heading: None,
                    text: "error[E0382]: borrow of moved value".into()
                },
                Section::Codes(vec!["E0382".into()]),
            ]
        );
    }

    #[test]
    fn a_timeout_and_an_output_limit_say_how_long_and_how_much() {
        let v = Verdict::new(Outcome::TimedOut {
            after: Duration::from_millis(2500),
            running_test: None,
            last_output: String::new(),
        })
        .with_stdout("tick\n");
        let e = Explanation::of(&v, Context::default());
        assert_eq!(e.tone, Tone::Warn);
        assert!(
            advice(&e).starts_with("Still running after 2.50 s"),
            "{e:?}"
        );
        assert_eq!(sole_heading(&e), Some(("text", "Output")), "{e:?}");
        let v = Verdict::new(Outcome::TimedOut {
            after: Duration::from_secs(2),
            running_test: Some("TestSlow".into()),
            last_output: "slow starting".into(),
        })
        .with_stdout("fast\nslow starting\n");
        let e = Explanation::of(&v, Context::default());
        assert!(advice(&e).ends_with("Running test: TestSlow"), "{e:?}");
        assert_eq!(
            e.sections,
            vec![Section::Text {
                heading: Some("Its last output"),
                text: "slow starting".into(),
                tone: Tone::Plain
            }]
        );
        let v = Verdict::new(Outcome::OutputLimit {
            limit: 1 << 20,
            first_lines: "y\ny".into(),
            last_lines: String::new(),
        });
        let e = Explanation::of(&v, Context::default());
        assert!(advice(&e).contains("more than 1.0 MB"), "{e:?}");
        assert_eq!(sole_heading(&e), Some(("text", "It began with")), "{e:?}");
    }

    #[test]
    fn a_broken_rule_names_its_message_and_place() {
        let v = Verdict::new(Outcome::RuleFailed {
            message: "Borrow the String instead of cloning it.".into(),
            file: Some("shout.rs".into()),
            line: Some(8),
        });
        let e = Explanation::of(&v, Context::default());
        assert_eq!(e.headline, "Rule not met");
        assert!(
            advice(&e).ends_with("Borrow the String instead of cloning it. (shout.rs:8)"),
            "{e:?}"
        );
    }

    #[test]
    fn a_pass_shows_what_was_printed_and_measured() {
        let v = Verdict::new(Outcome::Passed)
            .with_stdout("hi\n")
            .with_metrics(Metrics {
                build_time: Some(Duration::from_millis(420)),
                binary_size: Some(1_600_000),
                run_time: None,
                peak_memory_kib: Some(2048),
            });
        let e = Explanation::of(&v, Context::default());
        assert_eq!((e.mark, e.tone), ("✔", Tone::Good));
        assert_eq!(
            e.metrics.as_deref(),
            Some("build 420 ms · binary 1.6 MB · memory 2.1 MB")
        );
        assert_eq!(
            e.sections,
            vec![Section::Text {
                heading: Some("Output"),
                text: "hi\n".into(),
                tone: Tone::Plain
            }]
        );
    }

    #[test]
    fn a_page_program_that_must_not_compile_shows_the_compiler() {
        let expect = Expect::CompileError {
            codes: vec!["E0499".into()],
        };
        let v = Verdict::new(Outcome::Passed).with_build("error[E0499]", vec!["E0499".into()]);
        let cx = Context {
            expect: Some(&expect),
            pack: None,
            lang: None,
        };
        let e = Explanation::of(&v, cx);
        assert_eq!(e.headline, "Does not compile (E0499), as expected");
        assert!(e.advice.is_empty());
        assert_eq!(
            sole_heading(&e),
            Some(("log", "The compiler says")),
            "{e:?}"
        );
    }

    #[test]
    fn a_wrong_output_is_a_diff_then_standard_error() {
        let diff = vec![DiffLine {
            tag: DiffTag::Delete,
            text: "6".into(),
        }];
        let v = Verdict::new(Outcome::WrongOutput {
            expected: "6".into(),
            actual: String::new(),
            diff: diff.clone(),
        })
        .with_stderr("oops\n");
        let e = Explanation::of(&v, Context::default());
        assert_eq!(e.sections[0], Section::Diff(diff));
        assert!(matches!(
            &e.sections[1],
            Section::Text { heading: Some("Standard error"), text, .. } if text == "oops\n"
        ));
    }
}
