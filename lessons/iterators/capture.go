package main

import "fmt"

func main() {
	total := 0
	add := func(x int) int { // captures the variable total itself
		total += x
		return total
	}
	add(5)
	fmt.Println(add(5), total) // one variable, seen from both sides

	// For a private copy, make the copy yourself.
	snapshot := total
	addToCopy := func(x int) int {
		snapshot += x
		return snapshot
	}
	fmt.Println(addToCopy(1), total)
}
