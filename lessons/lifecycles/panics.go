package main

import (
	"fmt"
	"sync"
)

func parse(s string) int {
	if s == "" {
		panic("empty input")
	}
	return len(s)
}

func main() {
	var wg sync.WaitGroup
	var n int
	wg.Add(1)
	go func() {
		n = parse("") // a panic here ends the whole program
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("never printed", n)
}
