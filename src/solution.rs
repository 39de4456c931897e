//! The reference solution beside the learner's own: what `gorust solution`
//! prints and the tutorial's solution overlay shows. After a pass the
//! interesting part is how the two differ, so both render the same
//! unified diff (yours as `-`, the reference as `+`).

use similar::{ChangeTag, TextDiff};

/// Said above the diff, in the tutorial and on the command line.
pub const DIFF_HEADLINE: &str = "Your solution passes; here is how it differs from the reference";
/// How to read the diff.
pub const DIFF_LEGEND: &str = "- your line   + the reference's line";
/// Lines of unchanged code kept around each change.
const CONTEXT: usize = 3;

/// One file of an exercise: the pack's reference and the learner's copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SolutionFile {
    /// Relative to the exercise folder, as the learner's copy is named.
    pub path: String,
    pub reference: String,
    /// The learner's copy, `None` when there is none (never opened, or
    /// deleted).
    pub yours: Option<String>,
}

/// A line of a unified diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffRow {
    /// `@@ -12,4 +12,5 @@`: where the next lines are in each file.
    Hunk(String),
    Same(String),
    /// Only in the learner's file (`-`).
    Yours(String),
    /// Only in the reference (`+`).
    Reference(String),
}

impl DiffRow {
    /// The row as a unified diff prints it.
    pub fn marked(&self) -> String {
        match self {
            DiffRow::Hunk(header) => header.clone(),
            DiffRow::Same(text) => format!(" {text}"),
            DiffRow::Yours(text) => format!("-{text}"),
            DiffRow::Reference(text) => format!("+{text}"),
        }
    }
}

impl SolutionFile {
    /// The learner's file against the reference, changes with a few lines
    /// of context; empty when they are the same (or there is no copy).
    pub fn diff(&self) -> Vec<DiffRow> {
        let Some(yours) = &self.yours else {
            return Vec::new();
        };
        let (yours, reference) = (with_newline(yours), with_newline(&self.reference));
        let diff = TextDiff::from_lines(&yours, &reference);
        let mut rows = Vec::new();
        for hunk in diff.unified_diff().context_radius(CONTEXT).iter_hunks() {
            rows.push(DiffRow::Hunk(hunk.header().to_string()));
            for change in hunk.iter_changes() {
                let text = change.value().trim_end_matches(['\n', '\r']).to_owned();
                rows.push(match change.tag() {
                    ChangeTag::Equal => DiffRow::Same(text),
                    ChangeTag::Delete => DiffRow::Yours(text),
                    ChangeTag::Insert => DiffRow::Reference(text),
                });
            }
        }
        rows
    }

    /// What to say instead of a diff, if anything: no copy, or no change.
    pub fn note(&self) -> Option<&'static str> {
        match &self.yours {
            None => Some("You have no copy of this file; the reference is below."),
            Some(yours) if with_newline(yours) == with_newline(&self.reference) => {
                Some("Yours is the reference, line for line.")
            }
            Some(_) => None,
        }
    }
}

/// Whether any file has a diff to show (and so a legend to read it by):
/// not when every copy is the reference or missing.
pub fn any_diff(files: &[SolutionFile]) -> bool {
    files.iter().any(|f| f.note().is_none())
}

/// A last line without a newline is not a change worth showing.
fn with_newline(text: &str) -> String {
    if text.is_empty() || text.ends_with('\n') {
        text.to_owned()
    } else {
        format!("{text}\n")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn file(yours: Option<&str>, reference: &str) -> SolutionFile {
        SolutionFile {
            path: "shout.rs".into(),
            reference: reference.into(),
            yours: yours.map(str::to_owned),
        }
    }

    #[test]
    fn a_change_is_shown_with_its_context_yours_first() {
        let reference: String = (1..=10).map(|i| format!("line {i}\n")).collect();
        let yours = reference.replace("line 5\n", "line five\n");
        let rows = file(Some(&yours), &reference).diff();
        let marked: Vec<String> = rows.iter().map(DiffRow::marked).collect();
        assert_eq!(
            marked,
            [
                "@@ -2,7 +2,7 @@",
                " line 2",
                " line 3",
                " line 4",
                "-line five",
                "+line 5",
                " line 6",
                " line 7",
                " line 8",
            ]
        );
    }

    #[test]
    fn the_same_file_or_no_copy_has_no_diff_but_a_note() {
        let same = file(Some("fn main() {}"), "fn main() {}\n");
        assert!(same.diff().is_empty());
        assert_eq!(same.note(), Some("Yours is the reference, line for line."));
        let none = file(None, "fn main() {}\n");
        assert!(none.diff().is_empty());
        assert!(none.note().unwrap().contains("no copy"));
        assert_eq!(file(Some("a\n"), "b\n").note(), None);
    }
}
