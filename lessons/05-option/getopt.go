package main

import "fmt"

// get is a comma-ok xs[i]: no panic when i is out of range.
func get(xs []int, i int) (int, bool) {
	if i < 0 || i >= len(xs) {
		return 0, false
	}
	return xs[i], true
}

func main() {
	numbers := []int{10, 20, 30}
	for _, i := range []int{1, 5} {
		if n, ok := get(numbers, i); ok {
			fmt.Println("index", i, "->", n)
		} else {
			fmt.Println("index", i, "-> none")
		}
	}
	label := "none"
	if n, ok := get(numbers, 5); ok {
		label = fmt.Sprint(n * 2)
	}
	fmt.Println("doubled:", label)
}
