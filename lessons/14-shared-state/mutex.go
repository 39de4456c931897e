package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex // guards n, by convention only
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter =", c.n)
}
