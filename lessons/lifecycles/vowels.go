package main

import (
	"fmt"
	"strings"
	"sync"
)

func vowels(word string) int {
	n := 0
	for _, r := range word {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func main() {
	words := []string{"goroutine", "future", "channel", "runtime", "await"}
	counts := make([]int, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Go(func() {
			counts[i] = vowels(w)
		})
	}
	wg.Wait()
	total := 0
	for i, w := range words {
		fmt.Printf("%-9s %d\n", w, counts[i])
		total += counts[i]
	}
	fmt.Println("total", total)
}
