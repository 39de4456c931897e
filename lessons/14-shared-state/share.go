package main

import (
	"fmt"
	"sync"
)

func main() {
	// A map is not safe for concurrent use, and nothing in its type
	// says so: the compiler lets any goroutine reach it.
	config := map[string]string{"name": "config"}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		config["seen by"] = "goroutine"
		fmt.Println("goroutine sees", config["name"])
	}()
	wg.Wait() // only this orders the two goroutines' map accesses
	fmt.Println("main sees", config["name"], "seen by", config["seen by"])
}
