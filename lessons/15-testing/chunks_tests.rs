use super::*;

#[test]
fn even_split() {
    assert_eq!(chunk_sums(&[1, 2, 3, 4], 2), vec![3, 7]);
}

#[test]
fn short_last_chunk() {
    assert_eq!(chunk_sums(&[1, 2, 3, 4, 5], 2), vec![3, 7, 5]);
}

#[test]
fn empty_input() {
    assert_eq!(chunk_sums(&[], 3), Vec::<i32>::new());
}

#[test]
#[should_panic(expected = "size must be positive")]
fn zero_size_panics() {
    chunk_sums(&[1, 2], 0);
}
