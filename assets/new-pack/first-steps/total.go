// The starter of first-steps-total-go: the learner edits a copy of this
// file. It must build but not pass yet (`validate` checks that).
package main

import "fmt"

func main() {
	numbers := []int{1, 2, 3, 4}
	total := 0
	for i := 1; i < len(numbers); i++ {
		total += numbers[i]
	}
	fmt.Printf("total = %d\n", total)
}
