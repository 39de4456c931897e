//! An exercise's rules, matched against the learner's files. Patterns see
//! code only: comments and string and character literals are blanked out
//! first (line structure kept), so `// no .clone()` or `"x.clone()"` never
//! counts for or against the learner.

use crate::Lang;
use crate::pack::{Rule, RuleKind};
use regex::Regex;
use std::path::PathBuf;

/// A rule the files do not meet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    pub message: String,
    /// The file of a forbidden match, as given.
    pub file: Option<String>,
    /// 1-based line of a forbidden match.
    pub line: Option<u32>,
}

/// The first rule that `files` break, in the rules' order. A pattern that
/// does not compile (the loader refuses bad syntax; only one too large for
/// the regex size limit gets here) counts as broken, naming the pack's
/// fault: a rule nobody can check never passes silently, and `validate`
/// reports it because the solution cannot meet it.
pub fn first_broken(rules: &[Rule], lang: Lang, files: &[(PathBuf, String)]) -> Option<Broken> {
    if rules.is_empty() {
        return None;
    }
    let blanked: Vec<(String, String)> = files
        .iter()
        .map(|(path, text)| (path.display().to_string(), blank(lang, text)))
        .collect();
    rules.iter().find_map(|rule| {
        let re = match Regex::new(&rule.pattern) {
            Ok(re) => re,
            Err(err) => {
                return Some(Broken {
                    message: format!(
                        "{} (the pack's pattern `{}` cannot be used: {err}; tell the pack's author)",
                        rule.message, rule.pattern
                    ),
                    file: None,
                    line: None,
                });
            }
        };
        match rule.kind {
            RuleKind::Forbid => blanked.iter().find_map(|(file, code)| {
                let m = re.find(code)?;
                let line = code[..m.start()].matches('\n').count() + 1;
                Some(Broken {
                    message: rule.message.clone(),
                    file: Some(file.clone()),
                    line: Some(u32::try_from(line).unwrap_or(u32::MAX)),
                })
            }),
            RuleKind::Require => {
                (!blanked.iter().any(|(_, code)| re.is_match(code))).then(|| Broken {
                    message: rule.message.clone(),
                    file: None,
                    line: None,
                })
            }
        }
    })
}

/// `text` with every comment and string or character literal replaced by
/// spaces, newlines kept, so a match's line is its line in the source.
pub fn blank(lang: Lang, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let end = match lang {
            Lang::Go => go_token_end(&chars, i),
            Lang::Rust => rust_token_end(&chars, i),
        };
        match end {
            Some(end) => {
                for &c in &chars[i..end] {
                    out.push(if c == '\n' { '\n' } else { ' ' });
                }
                i = end;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// The end of a comment or literal starting at `i`, or `None` for code.
fn go_token_end(c: &[char], i: usize) -> Option<usize> {
    match (c[i], c.get(i + 1)) {
        ('/', Some('/')) => Some(line_end(c, i)),
        ('/', Some('*')) => Some(find_from(c, i + 2, &['*', '/']).unwrap_or(c.len())),
        ('"', _) => Some(quoted_end(c, i + 1, '"', false)),
        ('\'', _) => Some(quoted_end(c, i + 1, '\'', false)),
        ('`', _) => Some(
            c[i + 1..]
                .iter()
                .position(|&x| x == '`')
                .map_or(c.len(), |p| i + p + 2),
        ),
        _ => None,
    }
}

fn rust_token_end(c: &[char], i: usize) -> Option<usize> {
    let starts_token = i == 0 || !is_ident(c[i - 1]);
    match (c[i], c.get(i + 1)) {
        ('/', Some('/')) => Some(line_end(c, i)),
        ('/', Some('*')) => Some(nested_comment_end(c, i)),
        ('"', _) => Some(quoted_end(c, i + 1, '"', true)),
        ('\'', _) => char_literal_end(c, i),
        ('r' | 'b' | 'c', _) if starts_token => raw_string_end(c, i),
        _ => None,
    }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn line_end(c: &[char], from: usize) -> usize {
    c[from..]
        .iter()
        .position(|&x| x == '\n')
        .map_or(c.len(), |p| from + p)
}

/// The index just past `pat` at or after `from`.
fn find_from(c: &[char], from: usize, pat: &[char]) -> Option<usize> {
    (from..c.len())
        .find(|&j| c[j..].starts_with(pat))
        .map(|j| j + pat.len())
}

/// Past the closing `quote` of a literal whose body starts at `from`,
/// honouring backslash escapes. A Go literal ends at a newline (it cannot
/// span lines); a Rust string may.
fn quoted_end(c: &[char], from: usize, quote: char, multiline: bool) -> usize {
    let mut j = from;
    while j < c.len() {
        match c[j] {
            '\\' => j += 2,
            '\n' if !multiline => return j,
            x if x == quote => return j + 1,
            _ => j += 1,
        }
    }
    c.len()
}

/// Rust block comments nest.
fn nested_comment_end(c: &[char], start: usize) -> usize {
    let mut depth = 0usize;
    let mut j = start;
    while j < c.len() {
        if c[j..].starts_with(&['/', '*']) {
            depth += 1;
            j += 2;
        } else if c[j..].starts_with(&['*', '/']) {
            depth -= 1;
            j += 2;
            if depth == 0 {
                return j;
            }
        } else {
            j += 1;
        }
    }
    c.len()
}

/// `'x'`, `'\n'`, `'\u{1F600}'` are characters; `'a` in `&'a str` or a
/// `'outer:` label is a lifetime, which stays code.
fn char_literal_end(c: &[char], i: usize) -> Option<usize> {
    match (c.get(i + 1), c.get(i + 2)) {
        (Some('\\'), _) => Some(quoted_end(c, i + 1, '\'', false)),
        (Some(x), Some('\'')) if *x != '\n' => Some(i + 3),
        _ => None,
    }
}

/// `r"..."`, `r#"..."#`, `br"..."`, `cr#"..."#`; also `b"..."` and `c"..."`
/// (escapes as in a plain string) and `b'x'`.
fn raw_string_end(c: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if matches!(c[j], 'b' | 'c') {
        j += 1;
        match c.get(j) {
            Some('"') => return Some(quoted_end(c, j + 1, '"', true)),
            Some('\'') if c[i] == 'b' => return char_literal_end(c, j),
            Some('r') => {}
            _ => return None,
        }
    }
    if c.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = c[j..].iter().take_while(|&&x| x == '#').count();
    j += hashes;
    if c.get(j) != Some(&'"') {
        return None;
    }
    let mut close = vec!['"'];
    close.extend(std::iter::repeat_n('#', hashes));
    Some(find_from(c, j + 1, &close).unwrap_or(c.len()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn rule(kind: RuleKind, pattern: &str) -> Rule {
        Rule {
            kind,
            pattern: pattern.to_owned(),
            message: "m".to_owned(),
        }
    }

    fn broken(lang: Lang, kind: RuleKind, pattern: &str, text: &str) -> Option<Broken> {
        first_broken(
            &[rule(kind, pattern)],
            lang,
            &[(PathBuf::from("main.x"), text.to_owned())],
        )
    }

    #[test]
    fn a_pattern_that_does_not_compile_is_never_met() {
        // Valid syntax, but far over the regex crate's size limit.
        let huge = r"\w{1000}{1000}";
        for kind in [RuleKind::Forbid, RuleKind::Require] {
            let broken = broken(Lang::Rust, kind, huge, "fn main() {}\n");
            let message = broken.map(|b| b.message).unwrap_or_default();
            assert!(message.contains("cannot be used"), "{message}");
        }
    }

    #[test]
    fn go_comments_and_literals_never_count() {
        let text = "package main\n// x.Clone() here\n/* x.Clone()\n x.Clone() */\nvar s = \"x.Clone() \\\" x.Clone()\"\nvar r = `x.Clone()\nx.Clone()`\nvar c = '\\''\n";
        assert_eq!(broken(Lang::Go, RuleKind::Forbid, r"Clone\(\)", text), None);
        assert!(broken(Lang::Go, RuleKind::Require, r"Clone\(\)", text).is_some());
        let blanked = blank(Lang::Go, text);
        assert_eq!(blanked.lines().count(), text.lines().count());
        assert!(blanked.contains("var s = "));
        assert!(!blanked.contains('\''));
    }

    #[test]
    fn go_code_after_a_literal_counts_at_its_line() {
        let text =
            "package main\nvar s = \"a\"\nfunc f() {\n\ts := \"// not a comment\"; defer g()\n}\n";
        let b = broken(Lang::Go, RuleKind::Forbid, r"\bdefer\b", text).unwrap();
        assert_eq!((b.file.as_deref(), b.line), (Some("main.x"), Some(4)));
        assert_eq!(
            broken(Lang::Go, RuleKind::Require, r"\bdefer\b", text),
            None
        );
        // A rune holding a quote does not open a string.
        let rune = "x := '\"'\ny := a.Clone()\n";
        assert_eq!(
            broken(Lang::Go, RuleKind::Forbid, r"Clone", rune)
                .unwrap()
                .line,
            Some(2)
        );
    }

    #[test]
    fn rust_comments_and_literals_never_count() {
        let text = "fn main() {\n    // s.clone()\n    /* outer /* s.clone() */ s.clone() */\n    let a = \"s.clone() \\\" s.clone()\";\n    let b = r#\"s.clone() \" s.clone()\"#;\n    let c = b\"s.clone()\";\n    let d = br\"s.clone()\";\n    let e = '\"';\n    let f = b'\\'';\n}\n";
        assert_eq!(
            broken(Lang::Rust, RuleKind::Forbid, r"\.clone\(\)", text),
            None
        );
        assert!(broken(Lang::Rust, RuleKind::Require, r"\.clone\(\)", text).is_some());
        let blanked = blank(Lang::Rust, text);
        assert_eq!(blanked.lines().count(), text.lines().count());
        assert!(blanked.contains("let f = "));
    }

    #[test]
    fn rust_lifetimes_are_code_and_chars_are_not() {
        let text = "fn f<'a>(s: &'a str) -> &'a str {\n    let c = 'a';\n    'outer: loop { break 'outer; }\n    s\n}\n";
        let blanked = blank(Lang::Rust, text);
        assert!(
            blanked.contains("fn f<'a>(s: &'a str) -> &'a str {"),
            "{blanked}"
        );
        assert!(
            blanked.contains("'outer: loop { break 'outer; }"),
            "{blanked}"
        );
        assert!(!blanked.contains("c = 'a'"), "{blanked}");
        // A lifetime does not swallow the code after it.
        let b = broken(
            Lang::Rust,
            RuleKind::Forbid,
            r"\.clone\(\)",
            "fn f<'a>(s: &'a String) -> String { s.clone() }\n",
        );
        assert_eq!(b.unwrap().line, Some(1));
        // Unicode and escaped chars.
        let text = "let a = 'é'; let b = '\\u{1F600}'; let c = '\\\\'; x.clone()";
        assert!(broken(Lang::Rust, RuleKind::Forbid, r"\.clone\(\)", text).is_some());
        assert!(blank(Lang::Rust, text).ends_with("x.clone()"));
    }

    #[test]
    fn rust_raw_strings_end_at_their_own_hashes() {
        let text = "let s = r##\"a \"# .clone() \"##; t.clone()\n";
        let blanked = blank(Lang::Rust, text);
        assert!(blanked.ends_with("; t.clone()\n"), "{blanked}");
        assert_eq!(blanked.matches(".clone()").count(), 1, "{blanked}");
        // An identifier ending in r is not a raw string prefix.
        let text = "let bar = 1; let r = 2; let s = \"x\"; y.clone()";
        assert!(blank(Lang::Rust, text).contains("let bar = 1; let r = 2;"));
        assert!(blank(Lang::Rust, text).ends_with("y.clone()"));
    }

    #[test]
    fn rules_apply_in_order_across_files() {
        let rules = [
            rule(RuleKind::Require, r"\bdefer\b"),
            rule(RuleKind::Forbid, r"panic\("),
        ];
        let files = [
            (
                PathBuf::from("main.go"),
                "func main() { defer f() }\n".to_owned(),
            ),
            (
                PathBuf::from("geo/geo.go"),
                "func g() {\n\tpanic(1)\n}\n".to_owned(),
            ),
        ];
        let b = first_broken(&rules, Lang::Go, &files).unwrap();
        assert_eq!((b.file.as_deref(), b.line), (Some("geo/geo.go"), Some(2)));
        let b = first_broken(&rules, Lang::Go, &files[1..]).unwrap();
        assert_eq!((b.file, b.line), (None, None));
        assert_eq!(first_broken(&[], Lang::Go, &files), None);
    }
}
