package main

import "fmt"

// Count the primes below n with a sieve of Eratosthenes,
// and fold them into one checksum so the work cannot be skipped.
func main() {
	const n = 20_000_000
	composite := make([]bool, n)
	count, sum := 0, uint64(0)
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		count++
		sum += uint64(i)
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	fmt.Printf("primes below %d: %d, sum %d\n", n, count, sum)
}
