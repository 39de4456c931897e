//! Keys to actions, per context. The same tables draw the footer and the
//! help overlay, so what is shown is what works.

use super::action::Action;
use super::app::{App, Overlay, Screen};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        match self {
            Key::Char(c) => !ctrl && !alt && event.code == KeyCode::Char(c),
            Key::Ctrl(c) => {
                ctrl && matches!(event.code, KeyCode::Char(k) if k.eq_ignore_ascii_case(&c))
            }
            Key::Code(code) => !ctrl && event.code == code,
        }
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    /// The keys as shown to the learner.
    pub label: &'static str,
    pub help: &'static str,
    /// What the footer shows: the help text, unless it is long.
    pub short: &'static str,
    pub action: Action,
    /// Shown in the footer (the rest only in the help overlay).
    pub footer: bool,
}

impl Binding {
    /// The few words the footer shows instead of a longer help text.
    const fn short_as(mut self, words: &'static str) -> Binding {
        self.short = words;
        self
    }
}

const fn b(
    keys: &'static [Key],
    label: &'static str,
    help: &'static str,
    action: Action,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        label,
        help,
        short: help,
        action,
        footer,
    }
}

use Key::{Char as C, Code as K, Ctrl};

#[rustfmt::skip]
const UP: Binding = b(&[C('k'), K(KeyCode::Up)], "↑/k", "scroll or move up", Action::Up, false);
#[rustfmt::skip]
const DOWN: Binding = b(&[C('j'), K(KeyCode::Down)], "↓/j", "scroll or move down", Action::Down, false);
#[rustfmt::skip]
const PAGE_UP: Binding = b(&[K(KeyCode::PageUp), Ctrl('u')], "PgUp", "a page up", Action::PageUp, false);
#[rustfmt::skip]
const PAGE_DOWN: Binding = b(&[K(KeyCode::PageDown), C(' '), Ctrl('d')], "PgDn/Space", "a page down", Action::PageDown, false);
#[rustfmt::skip]
const HOME: Binding = b(&[C('g'), K(KeyCode::Home)], "g/Home", "to the top", Action::Home, false);
#[rustfmt::skip]
const END: Binding = b(&[C('G'), K(KeyCode::End)], "G/End", "to the bottom", Action::End, false);

#[rustfmt::skip]
const NEXT_EXERCISE: Binding = b(&[C('l'), C('n'), K(KeyCode::Right)], "→/l", "next exercise", Action::Next, true).short_as("next");
#[rustfmt::skip]
const NEXT_UNFINISHED: Binding = b(&[C('N')], "N", "next unfinished exercise (after a pass)", Action::NextUnfinished, false).short_as("next unfinished");

#[rustfmt::skip]
pub static GLOBAL: &[Binding] = &[
    b(&[C('?'), K(KeyCode::F(1))], "?", "this help", Action::Help, true).short_as("help"),
    b(&[C('q')], "q", "quit", Action::Quit, true),
    b(&[Ctrl('c')], "Ctrl-C", "cancel the running check, or quit", Action::Interrupt, false),
    b(&[C('t')], "t", "switch between dark and light theme", Action::ToggleTheme, false),
];

#[rustfmt::skip]
pub static WELCOME: &[Binding] = &[
    b(&[K(KeyCode::Enter), C('l'), K(KeyCode::Right)], "Enter/→/l", "start", Action::Open, true),
    UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END,
];

#[rustfmt::skip]
pub static CATALOG: &[Binding] = &[
    UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END,
    b(&[K(KeyCode::Enter), C('l'), K(KeyCode::Right)], "Enter", "open the lesson", Action::Open, true).short_as("open"),
    b(&[C('/')], "/", "filter lessons (titles, summaries, pages, exercises)", Action::StartFilter, true).short_as("filter"),
    b(&[K(KeyCode::Esc)], "Esc", "clear the filter", Action::Back, false).short_as("clear"),
];

#[rustfmt::skip]
pub static FILTER: &[Binding] = &[
    b(&[K(KeyCode::Enter)], "Enter", "keep the filter", Action::FilterDone, true).short_as("done"),
    b(&[K(KeyCode::Esc)], "Esc", "clear the filter", Action::Back, true).short_as("clear"),
    b(&[K(KeyCode::Backspace)], "Backspace", "delete a letter", Action::FilterBackspace, false),
    b(&[K(KeyCode::Up)], "↑", "move up", Action::Up, false),
    b(&[K(KeyCode::Down)], "↓", "move down", Action::Down, false),
    // `?` types here; F1 does not.
    b(&[K(KeyCode::F(1))], "F1", "this help", Action::Help, true).short_as("help"),
];

#[rustfmt::skip]
pub static LESSON: &[Binding] = &[
    b(&[C('l'), C('n'), K(KeyCode::Right), K(KeyCode::Enter)], "→/l", "next page (after the last: exercises)", Action::Next, true).short_as("next"),
    b(&[C('h'), C('p'), K(KeyCode::Left)], "←/h", "previous page", Action::Prev, true).short_as("prev"),
    b(&[C('r')], "r", "run both programs", Action::RunSnippets, true).short_as("run"),
    b(&[K(KeyCode::Tab)], "Tab", "focus the next pane (text, code, code)", Action::FocusNext, true).short_as("focus"),
    b(&[C('e')], "e", "edit the focused program (your copy) in $VISUAL/$EDITOR", Action::ExternalEdit, true).short_as("edit"),
    b(&[C('i')], "i", "edit the focused program (your copy) here", Action::BuiltinEdit, false),
    b(&[C('x')], "x", "put the page's program back (keeps a backup of yours)", Action::Reset, false),
    b(&[C('O')], "O", "build Rust with -O or in debug mode (Go is always optimised)", Action::ToggleOptimize, false),
    UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END,
    b(&[C('z')], "z", "zoom the focused pane", Action::Zoom, false),
    b(&[C('v')], "v", "swap sides: the language you know first", Action::SwapSides, false),
    b(&[K(KeyCode::Esc), C('b')], "Esc", "cancel a run, unzoom or unfocus a pane, or back to the lessons", Action::Back, true).short_as("back"),
];

#[rustfmt::skip]
pub static EXERCISE: &[Binding] = &[
    b(&[C('c')], "c", "check", Action::Check, true),
    b(&[K(KeyCode::Tab)], "Tab", "focus task, code or result", Action::FocusNext, true).short_as("panes"),
    b(&[C('e')], "e", "edit in $VISUAL/$EDITOR", Action::ExternalEdit, true).short_as("edit"),
    b(&[C('i')], "i", "edit here (built-in editor)", Action::BuiltinEdit, true).short_as("edit here"),
    b(&[C('a')], "a", "ask for the next hint", Action::Hint, true).short_as("hint"),
    b(&[C('s')], "s", "solution", Action::Solution, true),
    b(&[C('x')], "x", "reset to the starter (keeps a backup)", Action::Reset, false),
    b(&[C('w')], "w", "watch the file: check on every save", Action::ToggleWatch, false),
    b(&[C('o')], "o", "explain the error: the page that teaches it, else rustc --explain", Action::Explain, false),
    NEXT_EXERCISE, NEXT_UNFINISHED,
    b(&[C('h'), C('p'), K(KeyCode::Left)], "←/h", "previous exercise (before the first: the last page)", Action::Prev, false),
    UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END,
    b(&[C('z')], "z", "zoom the focused pane", Action::Zoom, false),
    b(&[K(KeyCode::Esc), C('b')], "Esc", "cancel a check, unzoom or unfocus a pane, or back to the lesson", Action::Back, true).short_as("back"),
];

#[rustfmt::skip]
pub static QUIZ: &[Binding] = &[
    b(&[], "1-9", "answer", Action::Answer(0), true),
    NEXT_EXERCISE, NEXT_UNFINISHED,
    b(&[C('h'), C('p'), K(KeyCode::Left)], "←/h", "previous exercise", Action::Prev, false),
    UP, DOWN, PAGE_UP, PAGE_DOWN,
    b(&[K(KeyCode::Esc), C('b')], "Esc", "back to the lesson", Action::Back, true).short_as("back"),
];

#[rustfmt::skip]
pub static EDITOR: &[Binding] = &[
    b(&[Ctrl('s')], "Ctrl-S", "save (and check, or run the page)", Action::EditorSave, true).short_as("save"),
    b(&[Ctrl('z')], "Ctrl-Z", "undo", Action::EditorUndo, true),
    b(&[Ctrl('y')], "Ctrl-Y", "redo", Action::EditorRedo, true),
    b(&[Ctrl('f')], "Ctrl-F", "format with gofmt or rustfmt (one undo step)", Action::EditorFormat, true).short_as("format"),
    // Listed for the footer and help; the editor itself moves the cursor.
    b(&[], "Ctrl-Home/End", "to the top or the bottom", Action::EditorKey(KeyEvent::new(KeyCode::Home, KeyModifiers::CONTROL)), true).short_as("top/bottom"),
    b(&[], "Enter", "new line, keeping the indentation (one more after {)", Action::EditorKey(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)), false),
    b(&[Ctrl('t')], "Ctrl-T", "more of the exercise's task (from its top after the end)", Action::EditorTask, false).short_as("task"),
    b(&[K(KeyCode::Esc)], "Esc", "close the editor", Action::EditorClose, true).short_as("close"),
    // `?` types here; F1 does not.
    b(&[K(KeyCode::F(1))], "F1", "this help", Action::Help, true).short_as("help"),
];

#[rustfmt::skip]
pub static CONFIRM: &[Binding] = &[
    b(&[C('y'), K(KeyCode::Enter)], "y", "yes", Action::Confirm(true), true),
    b(&[C('n'), K(KeyCode::Esc)], "n/Esc", "no", Action::Confirm(false), true),
];

#[rustfmt::skip]
pub static SOLUTION: &[Binding] = &[
    b(&[K(KeyCode::Tab)], "Tab", "your diff or the whole reference", Action::FocusNext, true).short_as("diff/reference"),
    UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END,
    b(&[K(KeyCode::Esc), C('q'), C('?'), C('s')], "Esc", "close", Action::Back, true),
];

#[rustfmt::skip]
pub static OVERLAY: &[Binding] = &[
    UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END,
    b(&[K(KeyCode::Esc), C('q'), C('?'), C('s'), C('o')], "Esc", "close", Action::Back, true),
];

/// The screens where a key keeps one meaning (with the global keys). In
/// the filter and the editor keys type, in a question `y`/`n` answer, and
/// an overlay closes on the keys that open it: [`SHARED_KEYS_NOTE`] says so.
pub const SCREENS: [Context; 5] = [
    Context::Welcome,
    Context::Catalog,
    Context::Lesson,
    Context::Exercise,
    Context::Quiz,
];

/// Actions that are one meaning, "forward": start on the welcome page, open
/// on the lessons list, the next page or exercise elsewhere.
pub const FORWARD: [Action; 2] = [Action::Open, Action::Next];

/// Shown at the top of the help overlay: where a key's meaning shifts.
pub const SHARED_KEYS_NOTE: [&str; 5] = [
    "→, l and Enter go forward: start, open, the next page or exercise.",
    "←, h go back a page or exercise; Esc unfocuses a pane, then goes back.",
    "e and i edit, x resets with a backup: an exercise's file, or a page's program.",
    "While filtering or editing keys type (F1 shows this help); in a question y or n answers.",
    "An overlay closes on Esc, q, or the key that opened it: ?, s or o.",
];

/// The binding of `action` in a context (or among the global keys).
pub fn binding(context: Context, action: &Action) -> Option<&'static Binding> {
    bindings(context)
        .iter()
        .chain(GLOBAL)
        .find(|b| b.action == *action)
}

/// Whether the context's own bindings take the key a global binding is
/// shown with (its first), so that pressing it there does something else.
pub fn claimed(context: Context, global: &Binding) -> bool {
    global
        .keys
        .first()
        .is_some_and(|k| bindings(context).iter().any(|b| b.keys.contains(k)))
}

/// Which table applies now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    TooSmall,
    Help,
    Confirm,
    Solution,
    RustcExplain,
    Welcome,
    Catalog,
    Filter,
    Lesson,
    Exercise,
    Quiz,
    Editor,
}

pub fn context(app: &App) -> Context {
    if app.too_small() {
        return Context::TooSmall;
    }
    match &app.overlay {
        Some(Overlay::Help { .. }) => Context::Help,
        Some(Overlay::Confirm(_)) => Context::Confirm,
        Some(Overlay::Solution { .. }) => Context::Solution,
        Some(Overlay::RustcExplain { .. }) => Context::RustcExplain,
        None => screen_context(app),
    }
}

/// The context of the screen itself, under any overlay.
pub fn screen_context(app: &App) -> Context {
    match app.screen {
        Screen::Welcome => Context::Welcome,
        Screen::Catalog if app.catalog.filtering => Context::Filter,
        Screen::Catalog => Context::Catalog,
        Screen::Lesson => match &app.lesson {
            Some(view) if view.editor.is_some() => Context::Editor,
            _ => Context::Lesson,
        },
        Screen::Exercise => match app.current_exercise() {
            Some((view, _, _)) if view.editor.is_some() => Context::Editor,
            Some((_, _, exercise)) if App::is_quiz(exercise) => Context::Quiz,
            _ => Context::Exercise,
        },
    }
}

/// The bindings of a context, without the global ones.
pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::TooSmall => &[],
        Context::Help | Context::RustcExplain => OVERLAY,
        Context::Solution => SOLUTION,
        Context::Confirm => CONFIRM,
        Context::Welcome => WELCOME,
        Context::Catalog => CATALOG,
        Context::Filter => FILTER,
        Context::Lesson => LESSON,
        Context::Exercise => EXERCISE,
        Context::Quiz => QUIZ,
        Context::Editor => EDITOR,
    }
}

/// Whether the global keys (q, ?, t) apply: not while typing.
pub fn has_globals(context: Context) -> bool {
    !matches!(
        context,
        Context::Filter | Context::Editor | Context::Confirm
    )
}

/// Every table, titled, for the help overlay.
/// The help overlay's sections, the one for `current` (the screen under the
/// overlay) first, so the keys that matter now are on top.
pub fn help_sections_for(current: Context) -> Vec<(&'static str, &'static [Binding])> {
    let here = bindings(current);
    let mut sections = help_sections().to_vec();
    if let Some(i) = sections
        .iter()
        .position(|(_, b)| std::ptr::eq(*b, here) && !here.is_empty())
    {
        let first = sections.remove(i);
        sections.insert(0, first);
    }
    sections
}

pub fn help_sections() -> [(&'static str, &'static [Binding]); 9] {
    [
        ("Everywhere", GLOBAL),
        ("Lessons list", CATALOG),
        ("Filter", FILTER),
        ("Lesson pages", LESSON),
        ("Code exercise", EXERCISE),
        ("Quiz", QUIZ),
        ("Built-in editor", EDITOR),
        ("Solution", SOLUTION),
        ("Questions", CONFIRM),
    ]
}

/// The action for a key in the app's current context, if any.
pub fn action_for(app: &App, key: &KeyEvent) -> Option<Action> {
    let context = context(app);
    if Key::Ctrl('c').matches(key) {
        return Some(Action::Interrupt);
    }
    match context {
        Context::TooSmall => {
            return matches!(key.code, KeyCode::Char('q') | KeyCode::Esc).then_some(Action::Quit);
        }
        Context::Quiz => {
            if let KeyCode::Char(c @ '1'..='9') = key.code {
                return Some(Action::Answer(usize::from(c as u8 - b'1')));
            }
        }
        _ => {}
    }
    if let Some(binding) = bindings(context)
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(key)))
    {
        return Some(binding.action.clone());
    }
    if context == Context::Filter {
        if let KeyCode::Char(c) = key.code
            && !key.modifiers.contains(KeyModifiers::CONTROL)
        {
            return Some(Action::FilterChar(c));
        }
        return None;
    }
    if context == Context::Editor {
        return Some(Action::EditorKey(*key));
    }
    if has_globals(context) {
        return GLOBAL
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(key)))
            .map(|b| b.action.clone());
    }
    None
}
