// The reference solution of first-steps-total-go, shown by
// `gorust solution` once the learner passes. It is also the program whose
// output first-steps-total-rust must match (`same_as`).
package main

import "fmt"

func main() {
	numbers := []int{1, 2, 3, 4}
	total := 0
	for _, n := range numbers {
		total += n
	}
	fmt.Printf("total = %d\n", total)
}
