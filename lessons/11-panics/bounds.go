package main

import "fmt"

func pick(xs []int, i int) int {
	return xs[i] // checked at run time: i must be in [0, len(xs))
}

func main() {
	xs := []int{10, 20, 30}
	fmt.Println("first:", pick(xs, 0))
	fmt.Println("sixth:", pick(xs, 5)) // panics: exit status 2
	fmt.Println("not reached")
}
