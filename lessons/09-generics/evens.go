package main

import (
	"fmt"
	"strings"
)

// Filter keeps the elements for which keep returns true.
func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Map applies f to every element. It is a function, not a method:
// before Go 1.27 a method could not declare type parameters.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println("squares of evens:", squares)

	words := []string{"go", "rust", "zig", "c"}
	long := Filter(words, func(w string) bool { return len(w) > 2 })
	upper := Map(long, strings.ToUpper)
	fmt.Println("long words:", strings.Join(upper, ","))
}
