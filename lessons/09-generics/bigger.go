package main

import "fmt"

// `any` promises nothing about T, so `>` is rejected.
func Bigger[T any](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Bigger(3, 7))
}
