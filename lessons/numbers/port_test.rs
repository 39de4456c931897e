use super::*;

#[test]
fn numbers_that_fit_are_ports() {
    assert_eq!(to_port(0), Some(0));
    assert_eq!(to_port(8080), Some(8080));
    assert_eq!(to_port(65535), Some(65535));
}

#[test]
fn too_big_is_none_not_truncated() {
    assert_eq!(to_port(65536), None, "65536 as u16 would be 0");
    assert_eq!(to_port(70000), None, "70000 as u16 would be 4464");
    assert_eq!(to_port(i64::MAX), None);
}

#[test]
fn negative_is_none() {
    assert_eq!(to_port(-1), None, "-1 as u16 would be 65535");
    assert_eq!(to_port(i64::MIN), None);
}
