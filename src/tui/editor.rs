//! The built-in editor: a ratatui-textarea buffer for the editing itself
//! (undo, redo, selections, word moves), drawn by us so the code keeps its
//! syntax colours. The viewport is kept here, moved in `update`, so that
//! drawing stays a pure function of state.

use crate::Lang;
use crate::highlight::TAB_WIDTH;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, DataCursor, TextArea};
use std::path::PathBuf;
use unicode_width::UnicodeWidthChar;

pub struct Editor {
    pub textarea: TextArea<'static>,
    pub path: PathBuf,
    pub lang: Lang,
    saved: Vec<String>,
    trailing_newline: bool,
    /// First text line shown.
    pub top: usize,
    /// First display column shown.
    pub left: usize,
    /// The buffer before each edit group, newest last (undo), and the
    /// states undone (redo): one step is a run of typing or deleting, a
    /// new line starts the next one.
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The kind of the edit group still open; a cursor move closes it.
    group: Option<EditKind>,
}

#[derive(Clone)]
struct Snapshot {
    lines: Vec<String>,
    cursor: (usize, usize),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum EditKind {
    Typing,
    Deleting,
    Other,
}

/// Undo steps kept (each a copy of the buffer; exercise files are small).
const MAX_UNDO: usize = 200;

fn new_textarea(lines: Vec<String>, lang: Lang) -> TextArea<'static> {
    let mut textarea = TextArea::new(lines);
    // Undo is ours (grouped); the textarea's own history is not used.
    textarea.set_max_histories(0);
    match lang {
        // gofmt indents with tabs; rustfmt with four spaces.
        Lang::Go => textarea.set_hard_tab_indent(true),
        Lang::Rust => textarea.set_tab_length(4),
    }
    textarea
}

fn kind_of(key: &KeyEvent) -> EditKind {
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match key.code {
        KeyCode::Char(_) | KeyCode::Tab | KeyCode::Enter if plain => EditKind::Typing,
        KeyCode::Backspace | KeyCode::Delete => EditKind::Deleting,
        _ => EditKind::Other,
    }
}

impl Editor {
    pub fn new(path: PathBuf, lang: Lang, text: &str) -> Editor {
        let lines = split_lines(text);
        Editor {
            textarea: new_textarea(lines.clone(), lang),
            path,
            lang,
            saved: lines,
            trailing_newline: text.is_empty() || text.ends_with('\n'),
            top: 0,
            left: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            group: None,
        }
    }

    pub fn lines(&self) -> &[String] {
        self.textarea.lines()
    }

    pub fn modified(&self) -> bool {
        self.textarea.lines() != self.saved.as_slice()
    }

    /// The buffer as file contents.
    pub fn text(&self) -> String {
        let mut text = self.textarea.lines().join("\n");
        if self.trailing_newline {
            text.push('\n');
        }
        text
    }

    pub fn mark_saved(&mut self) {
        self.saved = self.textarea.lines().to_vec();
    }

    pub fn input(&mut self, key: KeyEvent) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Home if ctrl => return self.jump(CursorMove::Top),
            KeyCode::End if ctrl => return self.jump(CursorMove::Bottom),
            _ => {}
        }
        let before = self.snapshot();
        let kind = kind_of(&key);
        let modified = if key.code == KeyCode::Enter && key.modifiers.is_empty() {
            self.newline();
            true
        } else {
            self.textarea.input(key)
        };
        if !modified {
            if self.textarea.cursor() != before.cursor {
                self.group = None;
            }
            return;
        }
        // A new line starts a step, so a two-line insertion undoes in two.
        let new_group =
            key.code == KeyCode::Enter || kind == EditKind::Other || self.group != Some(kind);
        if new_group {
            self.push_undo(before);
        }
        self.redo.clear();
        self.group = Some(kind);
    }

    fn push_undo(&mut self, before: Snapshot) {
        self.undo.push(before);
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
    }

    /// Replaces the whole buffer (a formatter's output) as one undoable
    /// edit, the cursor kept on its line: the same code nearest to where it
    /// was (a formatter moves lines, rarely rewrites them), else the same
    /// row. False when the text is the buffer already.
    pub fn replace_all(&mut self, text: &str) -> bool {
        let lines = split_lines(text);
        if lines.as_slice() == self.textarea.lines() {
            return false;
        }
        let before = self.snapshot();
        let cursor = follow_line(&before, &lines);
        self.push_undo(before);
        self.redo.clear();
        self.trailing_newline = text.is_empty() || text.ends_with('\n');
        self.restore(Snapshot { lines, cursor });
        true
    }

    fn jump(&mut self, to: CursorMove) {
        self.textarea.move_cursor(to);
        if to == CursorMove::Bottom {
            self.textarea.move_cursor(CursorMove::End);
        } else {
            self.textarea.move_cursor(CursorMove::Head);
        }
        self.group = None;
    }

    /// Enter keeps the line's indentation, one level more after `{`.
    fn newline(&mut self) {
        let DataCursor(row, col) = self.textarea.cursor();
        let line = self.textarea.lines().get(row).cloned().unwrap_or_default();
        let indent: String = line
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        let before: String = line.chars().take(col).collect();
        let mut text = indent;
        if before.trim_end().ends_with('{') {
            text.push_str(self.textarea.indent());
        }
        self.textarea.insert_newline();
        self.textarea.insert_str(text);
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            lines: self.textarea.lines().to_vec(),
            cursor: {
                let DataCursor(row, col) = self.textarea.cursor();
                (row, col)
            },
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.textarea = new_textarea(snapshot.lines, self.lang);
        let (row, col) = snapshot.cursor;
        let (row, col) = (
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(col).unwrap_or(u16::MAX),
        );
        self.textarea.move_cursor(CursorMove::Jump(row, col));
        self.group = None;
    }

    /// Undoes the last edit step (a run of typing or deleting).
    pub fn undo(&mut self) -> bool {
        self.travel(|e| (&mut e.undo, &mut e.redo))
    }

    pub fn redo(&mut self) -> bool {
        self.travel(|e| (&mut e.redo, &mut e.undo))
    }

    /// Restores the newest state of one history and keeps the current one
    /// on the other, so undo and redo are one move in two directions.
    fn travel(
        &mut self,
        stacks: fn(&mut Self) -> (&mut Vec<Snapshot>, &mut Vec<Snapshot>),
    ) -> bool {
        if stacks(self).0.is_empty() {
            return false;
        }
        let now = self.snapshot();
        let (from, to) = stacks(self);
        let Some(state) = from.pop() else {
            return false;
        };
        to.push(now);
        self.restore(state);
        true
    }

    /// Cursor as (text line, display column).
    pub fn cursor(&self) -> (usize, usize) {
        let cursor = self.textarea.cursor();
        let line = self
            .textarea
            .lines()
            .get(cursor.0)
            .map(String::as_str)
            .unwrap_or("");
        (cursor.0, display_column(line, cursor.1))
    }

    /// Moves the viewport so the cursor stays inside `rows` x `cols`.
    pub fn follow_cursor(&mut self, rows: usize, cols: usize) {
        let (row, col) = self.cursor();
        let rows = rows.max(1);
        let cols = cols.max(1);
        if row < self.top {
            self.top = row;
        } else if row >= self.top + rows {
            self.top = row + 1 - rows;
        }
        if col < self.left {
            self.left = col;
        } else if col >= self.left + cols {
            self.left = col + 1 - cols;
        }
    }
}

/// A file's text as editor lines (at least one).
fn split_lines(text: &str) -> Vec<String> {
    if text.is_empty() {
        vec![String::new()]
    } else {
        text.lines().map(str::to_owned).collect()
    }
}

/// Where the cursor of `before` goes in `lines`: on the line with the same
/// code (ignoring indentation) nearest to its row, at the same place in the
/// code; else on the same row, clamped.
fn follow_line(before: &Snapshot, lines: &[String]) -> (usize, usize) {
    let (row, col) = before.cursor;
    let indent = |l: &str| l.chars().take_while(|c| c.is_whitespace()).count();
    let old = before.lines.get(row).map(String::as_str).unwrap_or("");
    let code = old.trim();
    let same = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !code.is_empty() && l.trim() == code)
        .min_by_key(|(i, _)| i.abs_diff(row))
        .map(|(i, _)| i);
    let last = lines.len().saturating_sub(1);
    match same {
        Some(new_row) => {
            let into_code = col.saturating_sub(indent(old));
            let new_col = indent(&lines[new_row]) + into_code.min(code.chars().count());
            (new_row, new_col)
        }
        None => {
            let new_row = row.min(last);
            let len = lines.get(new_row).map_or(0, |l| l.chars().count());
            (new_row, col.min(len))
        }
    }
}

/// Display column of the `chars`-th character, with tabs expanded.
pub fn display_column(line: &str, chars: usize) -> usize {
    let mut column = 0;
    for c in line.chars().take(chars) {
        column += if c == '\t' {
            TAB_WIDTH - column % TAB_WIDTH
        } else {
            c.width().unwrap_or(0)
        };
    }
    column
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn edits_tracks_modification_and_undoes() {
        let mut e = Editor::new(PathBuf::from("a.go"), Lang::Go, "package main\n");
        assert!(!e.modified());
        e.input(key('x'));
        assert!(e.modified());
        assert_eq!(e.text(), "xpackage main\n");
        e.undo();
        assert!(!e.modified());
        e.redo();
        e.mark_saved();
        assert!(!e.modified());
    }

    #[test]
    fn go_indents_with_a_tab_after_a_brace() {
        let mut e = Editor::new(PathBuf::from("a.go"), Lang::Go, "func main() {\n}\n");
        e.input(KeyEvent::new(KeyCode::End, KeyModifiers::NONE));
        e.input(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        e.input(key('x'));
        e.input(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        e.input(key('y'));
        assert_eq!(e.text(), "func main() {\n\tx\n\ty\n}\n");
        assert!(e.undo());
        assert_eq!(e.text(), "func main() {\n\tx\n}\n");
    }

    #[test]
    fn a_replacement_is_one_undo_step_and_keeps_the_cursor_on_its_code() {
        let text = "package main\nimport \"fmt\"\nfunc main() {\nfmt.Println(1)\n}\n";
        let mut e = Editor::new(PathBuf::from("a.go"), Lang::Go, text);
        for _ in 0..3 {
            e.input(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
        }
        e.input(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE));
        let formatted = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n";
        assert!(e.replace_all(formatted));
        assert_eq!(e.text(), formatted);
        // `fmt.Println(1)` moved from row 3 to row 5, behind a tab.
        assert_eq!(e.textarea.cursor(), DataCursor(5, 2));
        assert!(e.modified());
        assert!(!e.replace_all(formatted), "nothing left to change");
        assert!(e.undo());
        assert_eq!(e.text(), text);
        assert!(!e.undo(), "the replacement was one step");
        assert!(e.redo());
        assert_eq!(e.text(), formatted);
    }

    #[test]
    fn cursor_columns_expand_tabs() {
        assert_eq!(display_column("\tx", 1), 4);
        assert_eq!(display_column("ab\tx", 3), 4);
        assert_eq!(display_column("abc", 2), 2);
    }

    #[test]
    fn viewport_follows_cursor() {
        let text: String = (0..50).map(|i| format!("line {i}\n")).collect();
        let mut e = Editor::new(PathBuf::from("a.rs"), Lang::Rust, &text);
        for _ in 0..30 {
            e.input(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
        }
        e.follow_cursor(10, 40);
        assert_eq!(e.top, 21);
        for _ in 0..30 {
            e.input(KeyEvent::new(KeyCode::Up, KeyModifiers::NONE));
        }
        e.follow_cursor(10, 40);
        assert_eq!(e.top, 0);
    }
}
