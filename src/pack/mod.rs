//! Lesson packs: the format authors write (`raw`), the checked model the rest
//! of gorust uses (`model`), and the loader between them.

mod lesson;
mod load;
mod model;
mod problem;
mod raw;
mod yaml;

pub use load::{Loaded, check_id, load, load_builtin, load_dir};
pub use model::*;
pub use problem::Problem;
