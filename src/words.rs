//! The small grammar of what gorust prints.

/// `n` and the noun that goes with it: "1 lesson", "3 lessons", "0 quizzes".
pub fn counted<N>(n: N, one: &str, many: &str) -> String
where
    N: Copy + std::fmt::Display + TryInto<u64>,
{
    let single = n.try_into().is_ok_and(|n| n == 1);
    format!("{n} {}", if single { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::counted;

    #[test]
    fn one_is_singular_and_the_rest_plural() {
        assert_eq!(counted(1u32, "quiz", "quizzes"), "1 quiz");
        assert_eq!(counted(0u32, "quiz", "quizzes"), "0 quizzes");
        assert_eq!(counted(25u32, "lesson", "lessons"), "25 lessons");
    }
}
