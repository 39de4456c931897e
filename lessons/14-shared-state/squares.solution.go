package main

import (
	"fmt"
	"sync"
)

func main() {
	squares := make([]int, 50) // one slot per goroutine
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i // no two goroutines touch the same slot
		}()
	}
	wg.Wait() // orders every write above before the reads below
	sum := 0
	for _, sq := range squares {
		sum += sq
	}
	fmt.Println(len(squares), "squares, sum =", sum)
}
