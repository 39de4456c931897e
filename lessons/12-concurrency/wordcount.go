package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	docs := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
	}
	counts := make([]int, len(docs))
	var wg sync.WaitGroup
	for i, doc := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts[i] = len(strings.Fields(doc)) // own slot only
		}()
	}
	wg.Wait() // all writes above happen before this returns
	total := 0
	for i, c := range counts {
		fmt.Printf("doc %d: %d words\n", i, c)
		total += c
	}
	fmt.Println("total:", total)
}
