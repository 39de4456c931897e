package main

import "fmt"

func main() {
	nums := []int{3, 8, 5, 12, 7, 10}

	// The first two even numbers, squared: a loop that stops early.
	var squares []int
	for _, n := range nums {
		fmt.Println("looking at", n)
		if n%2 != 0 {
			continue
		}
		squares = append(squares, n*n)
		if len(squares) == 2 {
			break
		}
	}
	fmt.Println(squares)

	total := 0
	for _, n := range nums {
		total += n
	}
	fmt.Println("total", total)
}
