//! `gorust new-pack DIR`: writes the template pack and says what to do next.

use super::exit;
use super::render::style;
use crate::new_pack as template;
use anstream::println;
use std::path::Path;

pub fn run(dir: &Path) -> anyhow::Result<u8> {
    let written = template::write_pack(dir)?;
    let b = style::bold();
    println!("{b}Wrote a new pack in {}{b:#}:", dir.display());
    for path in &written {
        println!("  {}", path.display());
    }
    let shown = shell_word(&dir.display().to_string());
    println!();
    println!("Every file explains its part of the format. Next:");
    let next = [
        (
            format!("gorust validate {shown}"),
            "check every file, then build and run every program",
        ),
        (
            format!("gorust --lessons {shown} list"),
            "the catalog, as a learner sees it",
        ),
        (
            format!("gorust --lessons {shown}"),
            "the tutorial on your pack",
        ),
    ];
    let width = next.iter().map(|(cmd, _)| cmd.len()).max().unwrap_or(0);
    for (cmd, why) in next {
        println!("  {cmd:<width$}   {why}");
    }
    println!(
        "Then make {} and {} your own.",
        shell_word(&dir.join("pack.yaml").display().to_string()),
        shell_word(
            &dir.join("first-steps")
                .join("lesson.yaml")
                .display()
                .to_string()
        )
    );
    Ok(exit::OK)
}

/// `dir` as one shell word, so the suggested commands can be pasted.
fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+:@%,=".contains(c));
    if plain {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_with_spaces_are_quoted() {
        assert_eq!(super::shell_word("my-pack"), "my-pack");
        assert_eq!(super::shell_word("/tmp/my pack"), "'/tmp/my pack'");
        assert_eq!(super::shell_word("it's"), r"'it'\''s'");
    }
}
