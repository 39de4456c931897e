// Count the primes below n with a sieve of Eratosthenes,
// and fold them into one checksum so the work cannot be skipped.
fn main() {
    const N: usize = 20_000_000;
    let mut composite = vec![false; N];
    let (mut count, mut sum) = (0, 0u64);
    for i in 2..N {
        if composite[i] {
            continue;
        }
        count += 1;
        sum += i as u64;
        for j in (i * i..N).step_by(i) {
            composite[j] = true;
        }
    }
    println!("primes below {N}: {count}, sum {sum}");
}
