package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

type Journal struct {
	mu    sync.Mutex
	lines []string
}

// Append waits for the disk. The caller holds j.mu.
func (j *Journal) Append(line string) {
	time.Sleep(time.Millisecond)
	j.lines = append(j.lines, line)
}

// Both lines of an order must sit next to each other in the journal.
func record(j *Journal, order int) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.Append(fmt.Sprintf("order %d placed", order))
	j.Append(fmt.Sprintf("order %d paid", order))
}

func main() {
	j := &Journal{}
	var wg sync.WaitGroup
	for order := 1; order <= 3; order++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			record(j, order)
		}()
	}
	wg.Wait()
	var pairs []string
	for i := 0; i+1 < len(j.lines); i += 2 {
		pairs = append(pairs, strings.Join(j.lines[i:i+2], " / "))
	}
	slices.Sort(pairs)
	for _, p := range pairs {
		fmt.Println(p)
	}
}
