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
		wg.Add(1) // Add before go, never inside the goroutine
		go func() {
			defer wg.Done()
			lengths[i] = len(w) // each goroutine writes its own slot
		}()
	}
	wg.Wait()
	total := 0
	for _, n := range lengths {
		total += n
	}
	fmt.Println("lengths:", lengths)
	fmt.Println("total:", total)
}
