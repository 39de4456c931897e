//! The built-in editor: a ratatui-textarea buffer for the editing itself
//! (undo, redo, selections, word moves), drawn by us so the code keeps its
//! syntax colours. The viewport is kept here, moved in `update`, so that
//! drawing stays a pure function of state.

use crate::Lang;
use crate::highlight::TAB_WIDTH;
use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;
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
}

impl Editor {
    pub fn new(path: PathBuf, lang: Lang, text: &str) -> Editor {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.lines().map(str::to_owned).collect()
        };
        let mut textarea = TextArea::new(lines.clone());
        textarea.set_max_histories(500);
        match lang {
            // gofmt indents with tabs; rustfmt with four spaces.
            Lang::Go => textarea.set_hard_tab_indent(true),
            Lang::Rust => textarea.set_tab_length(4),
        }
        Editor {
            textarea,
            path,
            lang,
            saved: lines,
            trailing_newline: text.is_empty() || text.ends_with('\n'),
            top: 0,
            left: 0,
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
        self.textarea.input(key);
    }

    pub fn undo(&mut self) -> bool {
        self.textarea.undo()
    }

    pub fn redo(&mut self) -> bool {
        self.textarea.redo()
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
