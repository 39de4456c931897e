//! The pack files exactly as authors write them. Every field that a later
//! check may complain about is `Spanned`, so the complaint can name its line.

use serde::Deserialize;
use serde_saphyr::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    pub title: Spanned<String>,
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default)]
    pub description: String,
    pub lessons: Vec<Spanned<String>>,
    #[serde(default)]
    pub tracks: Vec<TrackFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackFile {
    pub id: Spanned<String>,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub lessons: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonFile {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    pub pages: Spanned<Vec<PageFile>>,
    #[serde(default)]
    pub exercises: Vec<ExerciseFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFile {
    pub title: Spanned<String>,
    pub text: String,
    #[serde(default)]
    pub go: Option<Spanned<String>>,
    #[serde(default)]
    pub rust: Option<Spanned<String>>,
    #[serde(default)]
    pub expect: Option<ExpectFile>,
    #[serde(default)]
    pub explains: Vec<Spanned<String>>,
    #[serde(default)]
    pub crates: Vec<Spanned<String>>,
    #[serde(default)]
    pub stdin: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectFile {
    #[serde(default)]
    pub go: Option<Spanned<String>>,
    #[serde(default)]
    pub rust: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseFile {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    #[serde(default)]
    pub lang: Option<Spanned<String>>,
    #[serde(default)]
    pub task: Option<String>,
    #[serde(default)]
    pub file: Option<Spanned<String>>,
    #[serde(default)]
    pub solution: Option<Spanned<String>>,
    #[serde(default)]
    pub files: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub solutions: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub stdout: Option<String>,
    #[serde(default)]
    pub same_as: Option<Spanned<String>>,
    #[serde(default)]
    pub test: Option<Spanned<String>>,
    #[serde(default)]
    pub stdin: Option<String>,
    #[serde(default)]
    pub race: Option<Spanned<bool>>,
    #[serde(default)]
    pub crates: Vec<Spanned<String>>,
    #[serde(default)]
    pub lint: bool,
    #[serde(default)]
    pub timeout: Option<Spanned<u64>>,
    #[serde(default)]
    pub hints: Vec<String>,
    #[serde(default)]
    pub quiz: Option<Spanned<QuizFile>>,
    #[serde(default)]
    pub explain: Option<String>,
    #[serde(default)]
    pub code: Option<Spanned<String>>,
    #[serde(default)]
    pub expect: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    pub question: String,
    pub choices: Spanned<Vec<String>>,
    pub answer: Spanned<usize>,
}
