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
    #[serde(default)]
    pub go: Option<Spanned<String>>,
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
    #[serde(default)]
    pub go: Option<Spanned<String>>,
    #[serde(default)]
    pub requires: Vec<Spanned<String>>,
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
    #[serde(default)]
    pub data: Vec<Spanned<String>>,
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
    pub test: Option<Spanned<OneOrMany>>,
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
    #[serde(default)]
    pub data: Vec<Spanned<String>>,
    #[serde(default)]
    pub optimize: bool,
    #[serde(default)]
    pub rules: Vec<Spanned<RuleFile>>,
    #[serde(default)]
    pub must_fail: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub forbid: Option<Spanned<String>>,
    #[serde(default)]
    pub require: Option<Spanned<String>>,
    #[serde(default)]
    pub message: Option<String>,
}

/// `test: a_test.go` or `test: [a_test.go, b_test.go]`.
#[derive(Debug)]
pub struct OneOrMany(pub Vec<Spanned<String>>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a file name or a list of file names")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                let unknown = serde_saphyr::Location::UNKNOWN;
                Ok(OneOrMany(vec![Spanned::new(
                    v.to_owned(),
                    unknown,
                    unknown,
                )]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<OneOrMany, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<String>>()? {
                    out.push(item);
                }
                Ok(OneOrMany(out))
            }
        }
        d.deserialize_any(Visit)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    pub question: String,
    pub choices: Spanned<Vec<String>>,
    pub answer: Spanned<usize>,
}
