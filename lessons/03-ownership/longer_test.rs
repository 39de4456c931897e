use super::*;

#[test]
fn picks_the_longer_word() {
    assert_eq!(longer("own", "borrow"), "borrow");
    assert_eq!(longer("lifetime", "move"), "lifetime");
}

#[test]
fn first_word_wins_a_tie() {
    assert_eq!(longer("drop", "move"), "drop");
}

#[test]
fn returns_a_borrow_of_local_strings() {
    let a = String::from("reference");
    let b = String::from("ref");
    let result: &str = longer(&a, &b); // a borrow, not a new String
    assert_eq!(result, "reference");
}
