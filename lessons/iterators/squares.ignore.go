package main

import (
	"fmt"
	"iter"
)

// Squares yields 1, 4, 9, 16, ... without end.
func Squares() iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := 1; ; n++ {
			yield(n * n) // ignores the consumer's break
		}
	}
}

func main() {
	var odd []int
	for s := range Squares() {
		if s >= 200 {
			break
		}
		if s%2 == 1 {
			odd = append(odd, s)
		}
	}
	fmt.Printf("%v\n%d of them\n", odd, len(odd))
}
