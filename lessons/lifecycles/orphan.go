package main

import (
	"fmt"
	"time"
)

func worker() {
	defer fmt.Println("worker: deferred cleanup") // never printed
	for {
		time.Sleep(time.Millisecond)
	}
}

func main() {
	go worker()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main returns")
	// The process exits here: worker is not stopped, it just stops existing.
}
