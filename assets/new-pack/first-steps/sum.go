// A page snippet: a complete Go program (package main). The page shows it
// beside sum.rs; the learner runs it, and `gorust validate` checks it runs.
package main

import "fmt"

func main() {
	numbers := []int{1, 2, 3, 4}
	total := 0
	for _, n := range numbers {
		total += n
	}
	fmt.Println("total =", total)
}
