package main

import (
	"fmt"
	"sync"
)

func main() {
	words := []string{"go", "tokio", "channel", "goroutine"}
	lengths := make([]int, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		// Go 1.25: Add(1), go, and a deferred Done() in one call
		wg.Go(func() {
			lengths[i] = len(w) // each goroutine writes its own slot
		})
	}
	wg.Wait()
	total := 0
	for _, n := range lengths {
		total += n
	}
	fmt.Println("lengths:", lengths)
	fmt.Println("total:", total)
}
