fn main() {
    let nums = [3, 8, 5, 12, 7, 10];

    // The first two even numbers, squared: a chain of adapters.
    let squares = nums
        .iter()
        .filter(|&&n| {
            println!("looking at {n}");
            n % 2 == 0
        })
        .map(|n| n * n)
        .take(2);
    println!("nothing has run yet");
    let squares: Vec<i32> = squares.collect(); // collect pulls the values
    println!("{squares:?}");

    let total: i32 = nums.iter().sum();
    println!("total {total}");
}
