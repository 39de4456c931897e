//! A YAML document as a tree whose every node knows its line and column,
//! and a reader that takes typed fields out of it. Reading field by field
//! (instead of deserializing into a struct that stops at the first fault)
//! lets validate report every problem of a file in one run.

use super::problem::Problem;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

/// A value with where it was written (1-based; 0 when unknown).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct At<T> {
    pub value: T,
    pub line: u32,
    pub column: u32,
}

impl<T> At<T> {
    pub fn map<U>(&self, f: impl FnOnce(&T) -> U) -> At<U> {
        At {
            value: f(&self.value),
            line: self.line,
            column: self.column,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(At<String>, Node)>),
}

pub type Node = At<Value>;

impl Value {
    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "nothing",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "a number",
            Value::Float(_) => "a number",
            Value::Str(_) => "text",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Int(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<KeyText>>()? {
            let value = map.next_value::<Node>()?;
            entries.push((spanned(key.map_value(|k| k.0)), value));
        }
        Ok(Value::Map(entries))
    }
}

/// A mapping key, whatever scalar it is written as.
struct KeyText(String);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KeyText, D::Error> {
        let text = match d.deserialize_any(ValueVisitor)? {
            Value::Str(s) => s,
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
            other => format!("<{}>", other.kind()),
        };
        Ok(KeyText(text))
    }
}

impl<'de> Deserialize<'de> for At<Value> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        struct Any(Value);
        impl<'de> Deserialize<'de> for Any {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Any, D::Error> {
                d.deserialize_any(ValueVisitor).map(Any)
            }
        }
        let node = Spanned::<Any>::deserialize(d)?;
        Ok(spanned(node.map_value(|a| a.0)))
    }
}

trait MapValue<T> {
    fn map_value<U>(self, f: impl FnOnce(T) -> U) -> Spanned<U>;
}

impl<T> MapValue<T> for Spanned<T> {
    fn map_value<U>(self, f: impl FnOnce(T) -> U) -> Spanned<U> {
        Spanned::new(f(self.value), self.referenced, self.defined)
    }
}

fn spanned<T>(s: Spanned<T>) -> At<T> {
    let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
    At {
        value: s.value,
        line: n(s.referenced.line()),
        column: n(s.referenced.column()),
    }
}

/// Levenshtein distance, for "did you mean" on a misspelt field.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The known name closest to `name`, when it is close enough to be a typo.
pub fn near_miss<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let limit = if name.chars().count() <= 4 { 1 } else { 2 };
    known
        .iter()
        .map(|k| (distance(name, k), *k))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, k)| k)
}

/// Collects the problems of one file while its fields are read.
pub struct Reader {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl Reader {
    pub fn new(file: impl Into<String>) -> Reader {
        Reader {
            file: file.into(),
            problems: Vec::new(),
        }
    }

    /// A problem at `at`, in `field` (a path from the file's root; empty
    /// for the root itself).
    pub fn problem<T>(&mut self, at: &At<T>, field: &str, message: impl Into<String>) {
        let mut p = Problem::new(&self.file, message).at(at.line.into(), at.column.into());
        if !field.is_empty() {
            p = p.field(field);
        }
        self.problems.push(p);
    }

    /// The fields of a mapping; `None` (after a problem) for anything else.
    pub fn map<'a>(&mut self, node: &'a Node, field: &str) -> Option<Fields<'a>> {
        match &node.value {
            Value::Map(entries) => Some(Fields {
                node,
                entries,
                taken: vec![false; entries.len()],
                path: field.to_owned(),
            }),
            other => {
                let what = if field.is_empty() { "the file" } else { field };
                self.problem(
                    node,
                    field,
                    format!(
                        "{what} must be a mapping of `name: value` fields, not {}",
                        other.kind()
                    ),
                );
                None
            }
        }
    }

    /// The items of a list; a single scalar counts as a list of one.
    pub fn list<'a>(&mut self, node: &'a Node, field: &str) -> Vec<(String, &'a Node)> {
        match &node.value {
            Value::Seq(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| (format!("{field}[{i}]"), item))
                .collect(),
            Value::Null => Vec::new(),
            other => {
                self.problem(
                    node,
                    field,
                    format!("`{}` must be a list, not {}", last(field), other.kind()),
                );
                Vec::new()
            }
        }
    }

    /// Text; a number or a boolean is taken as written.
    pub fn text(&mut self, node: &Node, field: &str) -> Option<At<String>> {
        let text = match &node.value {
            Value::Str(s) => s.clone(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
            Value::Bool(b) => b.to_string(),
            other => {
                self.problem(
                    node,
                    field,
                    format!("`{}` must be text, not {}", last(field), other.kind()),
                );
                return None;
            }
        };
        Some(node.map(|_| text))
    }

    pub fn texts(&mut self, node: &Node, field: &str) -> Vec<At<String>> {
        self.list(node, field)
            .into_iter()
            .filter_map(|(f, item)| self.text(item, &f))
            .collect()
    }

    pub fn bool(&mut self, node: &Node, field: &str) -> Option<At<bool>> {
        match &node.value {
            Value::Bool(b) => Some(node.map(|_| *b)),
            other => {
                self.problem(
                    node,
                    field,
                    format!(
                        "`{}` must be true or false, not {}",
                        last(field),
                        other.kind()
                    ),
                );
                None
            }
        }
    }

    pub fn number(&mut self, node: &Node, field: &str) -> Option<At<u64>> {
        match &node.value {
            Value::Int(i) if *i >= 0 => Some(node.map(|_| u64::try_from(*i).unwrap_or(u64::MAX))),
            other => {
                self.problem(
                    node,
                    field,
                    format!(
                        "`{}` must be a whole number of 0 or more, not {}",
                        last(field),
                        other.kind()
                    ),
                );
                None
            }
        }
    }
}

/// The last part of a field path, as the author wrote it (`answer` of
/// `exercises[2].quiz.answer`).
fn last(field: &str) -> &str {
    let name = field.rsplit('.').next().unwrap_or(field);
    name.split('[').next().unwrap_or(name)
}

/// The fields of one mapping, each taken at most once; what is left at the
/// end is unknown.
pub struct Fields<'a> {
    pub node: &'a Node,
    entries: &'a [(At<String>, Node)],
    taken: Vec<bool>,
    path: String,
}

impl<'a> Fields<'a> {
    /// The path of a field of this mapping.
    pub fn path(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    pub fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|(k, _)| k.value == name)
    }

    /// The field's value, if written (an explicit `null` counts as absent).
    pub fn get(&mut self, name: &str) -> Option<&'a Node> {
        let i = self.entries.iter().position(|(k, _)| k.value == name)?;
        self.taken[i] = true;
        let node = &self.entries[i].1;
        (node.value != Value::Null).then_some(node)
    }

    /// A field that must be there; reports `missing field` otherwise,
    /// unless a misspelling of it is there (then [`Fields::finish`] says
    /// "did you mean", and one typo stays one problem).
    pub fn need(&mut self, r: &mut Reader, name: &str) -> Option<&'a Node> {
        let found = self.get(name);
        if found.is_none()
            && !self
                .untaken()
                .iter()
                .any(|k| near_miss(k, &[name]).is_some())
        {
            let path = self.path.clone();
            r.problem(self.node, &path, format!("missing field `{name}`"));
        }
        found
    }

    /// Reports every field not taken: `misplaced` may explain one (a quiz
    /// field on a code exercise, say); otherwise it is unknown, with a "did
    /// you mean" when it is close to a field of `known`.
    pub fn finish(
        self,
        r: &mut Reader,
        known: &[&str],
        misplaced: impl Fn(&str) -> Option<String>,
    ) {
        for ((key, _), taken) in self.entries.iter().zip(&self.taken) {
            let name = key.value.as_str();
            // A known field left unread was already explained (or its
            // mapping could not be read at all).
            if *taken || known.contains(&name) {
                continue;
            }
            let message = misplaced(name).unwrap_or_else(|| match near_miss(name, known) {
                Some(close) => format!("unknown field `{name}`, did you mean `{close}`?"),
                None => format!(
                    "unknown field `{name}`: the fields here are {}",
                    known
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
            r.problem(key, &self.path, message);
        }
    }

    /// The unknown fields' names, without reporting them.
    pub fn untaken(&self) -> Vec<&'a str> {
        self.entries
            .iter()
            .zip(&self.taken)
            .filter(|(_, t)| !**t)
            .map(|((k, _), _)| k.value.as_str())
            .collect()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_node_knows_its_place() {
        let node: Node =
            serde_saphyr::from_str("a: 1\nb:\n  - x\n  - 2.5\nc: {d: true}\ne:\n").unwrap();
        let Value::Map(entries) = &node.value else {
            panic!("{node:?}")
        };
        assert_eq!(entries[0].0.value, "a");
        assert_eq!(entries[0].1.value, Value::Int(1));
        assert_eq!((entries[1].0.line, entries[1].0.column), (2, 1));
        let Value::Seq(items) = &entries[1].1.value else {
            panic!()
        };
        assert_eq!(items[1].value, Value::Float(2.5));
        assert_eq!((items[1].line, items[1].column), (4, 5));
        assert_eq!(entries[3].1.value, Value::Null);
    }

    #[test]
    fn near_misses_are_typos_only() {
        let known = ["hints", "stdout", "solution", "id"];
        assert_eq!(near_miss("hint", &known), Some("hints"));
        assert_eq!(near_miss("solutoin", &known), Some("solution"));
        assert_eq!(near_miss("sdtout", &known), Some("stdout"));
        assert_eq!(near_miss("explanation", &known), None);
        assert_eq!(near_miss("ix", &known), Some("id"));
        assert_eq!(near_miss("zz", &known), None);
    }
}
