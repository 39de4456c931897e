package main

import (
	"fmt"
	"sync"
)

// Hits counts requests per path. It is safe for concurrent use.
type Hits struct {
	mu     sync.Mutex // guards counts
	counts map[string]int
}

func (h *Hits) Add(path string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.counts[path]++
}

func (h Hits) Get(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.counts[path]
}

func main() {
	h := Hits{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%3 == 0 {
				h.Add("/login")
			} else {
				h.Add("/")
			}
		}()
	}
	wg.Wait()
	fmt.Println("/ =", h.Get("/"))
	fmt.Println("/login =", h.Get("/login"))
}
