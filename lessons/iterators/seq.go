package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Countdown yields n, n-1, ..., 1. Nothing runs until someone ranges.
func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) { // false: the loop body broke out
				return
			}
		}
	}
}

func main() {
	for i := range 3 { // range over an int: Go 1.22
		fmt.Print(i, " ")
	}
	fmt.Println()

	for v := range Countdown(5) { // range over a function: Go 1.23
		if v == 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	fmt.Println(slices.Collect(Countdown(3)))
	ages := map[string]int{"zoe": 19, "ben": 28, "ada": 34}
	fmt.Println(slices.Sorted(maps.Keys(ages))) // keys in order, no loop
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
