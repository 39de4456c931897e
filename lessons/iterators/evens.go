package main

import (
	"fmt"
	"iter"
)

// Evens yields the even numbers from 0 up to, not including, limit.
func Evens(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < limit; i += 2 {
			yield(i)
		}
	}
}

func main() {
	for n := range Evens(100) {
		if n > 6 {
			break
		}
		fmt.Println(n)
	}
}
