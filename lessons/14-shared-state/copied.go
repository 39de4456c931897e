package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func(counter int) { // a parameter: each goroutine gets a copy
			defer wg.Done()
			for range 100 {
				counter++
			}
		}(counter)
	}
	wg.Wait()
	fmt.Println("counter =", counter) // main's counter was never touched
}
