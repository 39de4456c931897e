use super::*;

#[test]
fn zeros_move_to_the_end_in_place() {
    let mut v = vec![0, 4, 0, 7, 2, 0];
    zeros_to_end(&mut v);
    assert_eq!(v, [4, 7, 2, 0, 0, 0]);
}

#[test]
fn order_of_the_rest_is_kept() {
    let mut a = [9, 0, 1, 0, 5, 3];
    zeros_to_end(&mut a);
    assert_eq!(a, [9, 1, 5, 3, 0, 0]);
}

#[test]
fn edge_cases() {
    let mut empty: [i32; 0] = [];
    zeros_to_end(&mut empty);
    let mut zeros = [0, 0];
    zeros_to_end(&mut zeros);
    assert_eq!(zeros, [0, 0]);
    let mut none = [3, -1];
    zeros_to_end(&mut none);
    assert_eq!(none, [3, -1]);
}

#[test]
fn works_on_a_window_of_a_vec() {
    let mut v = vec![0, 0, 2, 0, 1];
    zeros_to_end(&mut v[1..]); // only the last four
    assert_eq!(v, [0, 2, 1, 0, 0]);
}
