use super::*;
use std::num::ParseIntError;

#[test]
fn a_good_quantity_parses() {
    assert_eq!(parse_quantity(1, "12").unwrap(), 12);
}

#[test]
fn the_message_describes_this_layer_only() {
    let err = parse_quantity(3, "three").unwrap_err();
    assert_eq!(err.to_string(), "line 3: bad quantity");
}

#[test]
fn the_parse_error_is_the_source() {
    let err = parse_quantity(3, "three").unwrap_err();
    let cause = err
        .source()
        .expect("BadQuantity should return the ParseIntError from source()");
    assert!(
        cause.downcast_ref::<ParseIntError>().is_some(),
        "the source should be a ParseIntError, got {cause:?}"
    );
}

#[test]
fn a_missing_quantity_has_no_source() {
    let err = parse_quantity(2, "").unwrap_err();
    assert!(matches!(err, OrderError::Missing { line: 2 }));
    assert!(err.source().is_none());
}
