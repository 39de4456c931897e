package main

import (
	"fmt"
	"sync"
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
	var wg sync.WaitGroup
	for i := range parts {
		wg.Go(func() {
			parts[i] = sum(i*25+1, i*25+25)
		})
	}
	wg.Wait() // every write above happens before the reads below
	total := 0
	for _, p := range parts {
		total += p
	}
	fmt.Println("total =", total)
}
