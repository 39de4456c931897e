//! Formatting source text with the language's own tool: gofmt for Go,
//! rustfmt (edition 2024) for Rust, as `lint: true` and the built-in pack's
//! tests hold code to. The text goes through stdin and comes back on
//! stdout; nothing on disk is touched.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::process::{self, Invocation, find_program, neutral_dir};
use super::{CancelToken, Ending, Runner, Tool};
use crate::Lang;

/// How long a formatter may take on one file before it is stopped.
const FORMAT_TIMEOUT: Duration = Duration::from_secs(30);
const FORMAT_OUTPUT_CAP: usize = 8 * 1024 * 1024;

/// Why a text was not formatted. The text is then left as it was.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("{tool} was not found: {help}")]
    Missing { tool: &'static str, help: String },
    /// The code does not parse; `line` is 1-based, where the tool says.
    #[error("{tool} cannot format this: {}{message}", line.map(|l| format!("line {l}: ")).unwrap_or_default())]
    Syntax {
        tool: &'static str,
        line: Option<usize>,
        message: String,
    },
    #[error("{tool} failed: {message}")]
    Failed { tool: &'static str, message: String },
    #[error("formatting was cancelled")]
    Cancelled,
}

impl FormatError {
    /// The line a syntax error points at, if any.
    pub fn line(&self) -> Option<usize> {
        match self {
            FormatError::Syntax { line, .. } => *line,
            _ => None,
        }
    }
}

/// The formatter of a language, as named to the learner.
pub fn formatter_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Go => "gofmt",
        Lang::Rust => "rustfmt",
    }
}

pub(crate) const GOFMT_MISSING: &str = "gofmt comes with Go and belongs next to `go` \
     (in $(go env GOROOT)/bin): reinstall Go from https://go.dev/dl, or put that directory on your PATH.";

/// gofmt ships beside the `go` binary (also when `go` is a symlink into the
/// Go installation, as distribution packages make it); else the PATH's.
pub(crate) fn gofmt_beside(go: &Path, search_path: Option<&OsStr>) -> Option<PathBuf> {
    let real = std::fs::canonicalize(go).unwrap_or_else(|_| go.to_path_buf());
    [go, real.as_path()]
        .iter()
        .map(|go| go.with_file_name("gofmt"))
        .find(|gofmt| gofmt.is_file())
        .or_else(|| find_program("gofmt", search_path))
}

/// Lines of `gofmt -d` shown at most; the rest is one `gofmt -d` away.
const GOFMT_DIFF_LINES: usize = 40;

/// What a learner reads when `lint: true` finds Go files gofmt would
/// reformat: each file at the first line gofmt lays out differently (so the
/// code pane marks it), how to fix it, and what gofmt would change. Files
/// in `crlf` have Windows line endings, which gofmt always rewrites (its
/// diff then changes every line): that is said instead.
pub(crate) fn gofmt_advice(files: &[String], crlf: &[&str], diff: &str) -> String {
    let firsts = first_changes(diff);
    let mut text = String::from("gofmt would reformat:\n");
    for file in files {
        let crlf = crlf.contains(&file.as_str());
        let why = match crlf {
            true => "Windows line endings (CRLF); gofmt writes LF (set your editor to LF)",
            false => "not laid out as gofmt would",
        };
        match firsts.iter().find(|(f, _)| f == file) {
            Some((_, line)) => text.push_str(&format!("  {file}:{line}: {why}\n")),
            None if crlf => text.push_str(&format!("  {file}: {why}\n")),
            None => text.push_str(&format!("  {file}\n")),
        }
    }
    let them = if files.len() == 1 { "it" } else { "them" };
    text.push_str(&format!(
        "Run gofmt on {them} (Ctrl-F in gorust's built-in editor, `gofmt -w FILE`, or your editor's format command), then check again.\n",
    ));
    let lines: Vec<&str> = diff.lines().collect();
    if !lines.is_empty() {
        text.push_str("\nWhat gofmt would change (- yours, + gofmt's):\n");
        for line in lines.iter().take(GOFMT_DIFF_LINES) {
            text.push_str(line);
            text.push('\n');
        }
        if lines.len() > GOFMT_DIFF_LINES {
            let more = lines.len() - GOFMT_DIFF_LINES;
            text.push_str(&format!(
                "… and {more} more lines (`gofmt -d` shows them all)\n"
            ));
        }
    }
    text
}

/// Per file of a unified diff (`+++ name`), the line of the original where
/// the first change is.
fn first_changes(diff: &str) -> Vec<(String, usize)> {
    let mut found: Vec<(String, usize)> = Vec::new();
    let mut file: Option<String> = None;
    let mut line = 0;
    for row in diff.lines() {
        if let Some(name) = row.strip_prefix("+++ ") {
            file = Some(name.trim().trim_start_matches("./").to_owned());
        } else if let Some(header) = row.strip_prefix("@@ -") {
            line = header
                .split([',', ' '])
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
        } else if let Some(name) = file.as_ref() {
            match row.chars().next() {
                Some(' ') => line += 1,
                Some('-' | '+') if row.starts_with("--- ") => {}
                Some('-' | '+') if !found.iter().any(|(f, _)| f == name) => {
                    found.push((name.clone(), line.max(1)));
                }
                _ => {}
            }
        }
    }
    found
}

const RUSTFMT_MISSING: &str = "install it with `rustup component add rustfmt`.";

impl Runner {
    /// `text` as gofmt (Go) or `rustfmt --edition 2024` (Rust) lays it out.
    pub fn format(
        &self,
        lang: Lang,
        text: &str,
        cancel: &CancelToken,
    ) -> Result<String, FormatError> {
        let tool = formatter_name(lang);
        let program = self.formatter(lang)?;
        let mut invocation = Invocation::new(program, neutral_dir())
            .stdin(text.as_bytes())
            .timeout(FORMAT_TIMEOUT)
            .output_cap(FORMAT_OUTPUT_CAP);
        if lang == Lang::Rust {
            invocation = invocation.args(["--edition", "2024"]);
        }
        if let Some(path) = &self.search_path {
            invocation = invocation.env("PATH", path);
        }
        let finished =
            process::run(&invocation, cancel, &mut |_, _| {}).map_err(|e| FormatError::Failed {
                tool,
                message: format!("cannot start it: {e}"),
            })?;
        match finished.ending {
            Ending::Exited => {}
            Ending::Cancelled => return Err(FormatError::Cancelled),
            Ending::TimedOut(after) => {
                return Err(FormatError::Failed {
                    tool,
                    message: format!("it did not finish within {} s", after.as_secs()),
                });
            }
            Ending::OutputLimit(_) => {
                return Err(FormatError::Failed {
                    tool,
                    message: "it printed far more than the file".into(),
                });
            }
        }
        let stderr = finished.stderr_text();
        if finished.success() {
            return Ok(finished.stdout_text());
        }
        // A rustup proxy without the rustfmt component says so and fails.
        if stderr.contains("is not installed") {
            return Err(FormatError::Missing {
                tool,
                help: RUSTFMT_MISSING.into(),
            });
        }
        Err(syntax_error(tool, &stderr))
    }

    /// Where the formatter of `lang` is (gofmt beside `go`, rustfmt beside
    /// `rustc`, else on the PATH).
    pub fn formatter(&self, lang: Lang) -> Result<PathBuf, FormatError> {
        let search_path = self.search_path.as_deref();
        let found = match lang {
            Lang::Go => match self.require(Tool::Go) {
                Ok(go) => gofmt_beside(go, search_path),
                Err(_) => find_program("gofmt", search_path),
            },
            // rustfmt belongs next to the rustc it came with.
            Lang::Rust => self
                .require(Tool::Rustc)
                .ok()
                .map(|rustc| rustc.with_file_name("rustfmt"))
                .filter(|p| p.is_file())
                .or_else(|| find_program("rustfmt", search_path)),
        };
        found.ok_or_else(|| FormatError::Missing {
            tool: formatter_name(lang),
            help: match lang {
                Lang::Go => GOFMT_MISSING.into(),
                Lang::Rust => RUSTFMT_MISSING.into(),
            },
        })
    }
}

/// The first error of a formatter's stderr, with its line: gofmt writes
/// `<standard input>:3:5: expected ';', found x`, rustfmt writes
/// `error: expected ...` and then ` --> <stdin>:3:5`.
fn syntax_error(tool: &'static str, stderr: &str) -> FormatError {
    let plain = super::strip_ansi(stderr);
    let located = |line: &str| -> Option<(usize, String)> {
        let rest = line
            .trim_start()
            .trim_start_matches("--> ")
            .strip_prefix("<standard input>:")
            .or_else(|| {
                line.trim_start()
                    .trim_start_matches("--> ")
                    .strip_prefix("<stdin>:")
            })?;
        let (number, after) = rest.split_once(':')?;
        let number = number.parse().ok()?;
        // Past the column: gofmt's message follows it.
        let message = after
            .split_once(':')
            .map_or("", |(_, m)| m)
            .trim()
            .to_owned();
        Some((number, message))
    };
    let first_error = plain
        .lines()
        .find_map(|l| l.trim().strip_prefix("error: "))
        .map(str::to_owned);
    let location = plain.lines().find_map(located);
    let message = match (first_error, &location) {
        (Some(error), _) => error,
        (None, Some((_, message))) if !message.is_empty() => message.clone(),
        _ => plain
            .lines()
            .next()
            .unwrap_or("it failed")
            .trim()
            .to_owned(),
    };
    FormatError::Syntax {
        tool,
        line: location.map(|(line, _)| line),
        message,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_keep_their_line() {
        let go = syntax_error("gofmt", "<standard input>:4:2: expected '}', found 'EOF'\n");
        assert_eq!(go.line(), Some(4));
        assert_eq!(
            go.to_string(),
            "gofmt cannot format this: line 4: expected '}', found 'EOF'"
        );
        let rust = syntax_error(
            "rustfmt",
            "error: this file contains an unclosed delimiter\n --> <stdin>:3:17\n  |\n",
        );
        assert_eq!(rust.line(), Some(3));
        assert_eq!(
            rust.to_string(),
            "rustfmt cannot format this: line 3: this file contains an unclosed delimiter"
        );
        let bare = syntax_error("rustfmt", "something odd\n");
        assert_eq!(bare.line(), None);
        assert_eq!(
            bare.to_string(),
            "rustfmt cannot format this: something odd"
        );
    }

    #[test]
    fn crlf_files_are_named_for_their_line_endings() {
        let diff = "diff a.go.orig a.go\n--- a.go.orig\n+++ a.go\n@@ -1,3 +1,3 @@\n-package main\r\n+package main\n";
        let advice = gofmt_advice(&["a.go".into()], &["a.go"], diff);
        assert!(
            advice.starts_with(
                "gofmt would reformat:\n  a.go:1: Windows line endings (CRLF); gofmt writes LF"
            ),
            "{advice}"
        );
    }

    #[test]
    fn gofmt_advice_names_the_first_line_to_change() {
        let diff = "diff a.go.orig a.go\n--- a.go.orig\n+++ a.go\n@@ -3,6 +3,6 @@\n import \"fmt\"\n \n func main() {\n-    fmt.Println(1)\n+\tfmt.Println(1)\n }\ndiff b.go.orig b.go\n--- b.go.orig\n+++ b.go\n@@ -1,3 +1,4 @@\n package b\n+\n import \"os\"\n";
        assert_eq!(
            first_changes(diff),
            [("a.go".to_owned(), 6), ("b.go".to_owned(), 2)]
        );
        let advice = gofmt_advice(&["a.go".into(), "b.go".into(), "c.go".into()], &[], diff);
        assert!(advice.starts_with("gofmt would reformat:\n  a.go:6: not laid out as gofmt would\n  b.go:2: not laid out as gofmt would\n  c.go\n"), "{advice}");
        assert!(advice.contains("Run gofmt on them (Ctrl-F"), "{advice}");
        assert!(advice.contains("+\tfmt.Println(1)"), "{advice}");
    }

    #[test]
    fn a_long_gofmt_diff_is_cut() {
        let diff: String = (0..100).map(|i| format!("+line {i}\n")).collect();
        let advice = gofmt_advice(&["a.go".into()], &[], &diff);
        assert!(
            advice.contains("Run gofmt on it (Ctrl-F"),
            "one file: {advice}"
        );
        assert!(advice.contains("+line 39\n"));
        assert!(!advice.contains("+line 40\n"));
        assert!(advice.contains("… and 60 more lines"), "{advice}");
    }
}
