package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"go", "rust", "zig"}

	// Each result shape is a loop of its own.
	lengths := make([]int, 0, len(words))
	byWord := make(map[string]int, len(words))
	for _, w := range words {
		lengths = append(lengths, len(w))
		byWord[w] = len(w)
	}
	fmt.Println(lengths, byWord["rust"])
	fmt.Println(strings.ToUpper(strings.Join(words, "+")))
}
