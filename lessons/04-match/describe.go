package main

import "fmt"

func describe(n int) string {
	switch { // no value: each case is a boolean, tried in order
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	case n%2 == 0:
		return "big even"
	default:
		return "big odd"
	}
}

func main() {
	for _, n := range []int{-5, 0, 7, 42, 99} {
		fmt.Println(n, describe(n))
	}
}
