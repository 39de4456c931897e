//! What each pane shows, as lines: built from the state for a width, and
//! used by `ui` to draw them and by `layout` to count them (a pane's scroll
//! limit), so both always agree. Nothing here draws or knows where a pane
//! goes.

mod exercise;
mod lesson;
mod lines;
mod overlay;
mod verdict;
mod welcome;

pub use exercise::{
    answer_range, just_passed, key_label, pane_content as exercise_pane, wrong_answer,
};
pub use lesson::pane_content as lesson_pane;
pub use lines::{background, bar};
pub use overlay::lines as overlay;
pub use verdict::{RunContext, run_lines};
pub use welcome::lines as welcome;
