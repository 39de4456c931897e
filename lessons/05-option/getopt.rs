// `?` on an Option: if it is None, return None right here.
fn sum_first_two(xs: &[i32]) -> Option<i32> {
    let a = xs.first()?;
    let b = xs.get(1)?;
    Some(a + b)
}

fn main() {
    let numbers = vec![10, 20, 30];
    for i in [1, 5] {
        match numbers.get(i) {
            Some(n) => println!("index {i} -> {n}"),
            None => println!("index {i} -> none"),
        }
    }
    let label = numbers
        .get(5)
        .map(|n| (n * 2).to_string())
        .unwrap_or_else(|| "none".to_string());
    println!("doubled: {label}");
    println!("{:?} {:?}", sum_first_two(&numbers), sum_first_two(&[7]));
}
