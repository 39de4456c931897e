package main

import (
	"fmt"
	"time"
)

func sum(from, to int) int {
	total := 0
	for n := from; n <= to; n++ {
		total += n
	}
	return total
}

func main() {
	parts := make([]int, 4)
	for i := range parts {
		go func() {
			parts[i] = sum(i*25+1, i*25+25)
		}()
	}
	time.Sleep(50 * time.Millisecond) // surely long enough?
	total := 0
	for _, p := range parts {
		total += p
	}
	fmt.Println("total =", total)
}
