use super::*;

#[test]
fn shortfall_is_what_is_missing() {
    assert_eq!(Stock::new("bolts", 3, 10).shortfall(), 7);
}

#[test]
fn no_shortfall_at_the_minimum() {
    assert_eq!(Stock::new("nuts", 10, 10).shortfall(), 0);
}

#[test]
fn no_shortfall_above_the_minimum() {
    assert_eq!(Stock::new("washers", 25, 10).shortfall(), 0);
}

#[test]
fn report_says_what_to_order() {
    assert_eq!(Stock::new("bolts", 3, 10).report(), "bolts: order 7");
    assert_eq!(Stock::new("washers", 25, 10).report(), "washers: ok");
}
