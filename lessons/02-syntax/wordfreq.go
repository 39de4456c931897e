package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	text := "the cat and the dog and the bird"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	slices.Sort(words) // map order is random: sort first
	for _, w := range words {
		fmt.Printf("%-5s %d\n", w, counts[w])
	}
}
