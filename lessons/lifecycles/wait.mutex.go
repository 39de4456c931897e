package main

import (
	"fmt"
	"sync"
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
	var mu sync.Mutex
	for i := range parts {
		go func() {
			s := sum(i*25+1, i*25+25)
			mu.Lock()
			parts[i] = s
			mu.Unlock()
		}()
	}
	time.Sleep(50 * time.Millisecond) // no race reported, still a guess
	mu.Lock()
	total := 0
	for _, p := range parts {
		total += p
	}
	mu.Unlock()
	fmt.Println("total =", total)
}
