use super::*;

#[test]
fn counts_from_one() {
    let mut next = make_counter();
    assert_eq!(next(), 1);
    assert_eq!(next(), 2);
    assert_eq!(next(), 3);
}

#[test]
fn counters_are_independent() {
    let mut a = make_counter();
    let mut b = make_counter();
    a();
    a();
    assert_eq!(b(), 1);
    assert_eq!(a(), 3);
}

#[test]
fn works_with_iterator_adapters() {
    let from_fn: Vec<u32> = std::iter::repeat_with(make_counter()).take(4).collect();
    assert_eq!(from_fn, [1, 2, 3, 4]);
}
