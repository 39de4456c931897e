use std::thread;

fn main() {
    let data = [1, 2, 3, 4, 5, 6, 7, 8];
    let mut sums = [0, 0];
    // scoped threads are joined before `scope` returns,
    // so they may borrow locals
    thread::scope(|s| {
        for (half, sum) in data.chunks(4).zip(sums.iter_mut()) {
            // `half`: a shared borrow; `sum`: an exclusive
            // borrow of one slot, disjoint from the other
            s.spawn(move || *sum = half.iter().sum());
        }
    });
    println!("halves: {sums:?} total: {}", sums[0] + sums[1]);
}
