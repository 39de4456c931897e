package main

import "fmt"

func main() {
	var words []string // a nil slice; append works on it
	words = append(words, "go")
	count := 0
	for range words {
		count++
	}
	fmt.Println(words, count)
}
