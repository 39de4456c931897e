package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu    sync.Mutex
	sent  int
	total int
}

func main() {
	var s Stats
	jobs := make(chan int)
	ready := make(chan struct{})
	done := make(chan struct{})

	go func() { // the worker adds up the jobs it receives
		s.mu.Lock()
		defer s.mu.Unlock()
		close(ready) // tell main the worker is running
		for job := range jobs {
			s.total += job
		}
		close(done)
	}()

	<-ready
	for job := 1; job <= 3; job++ {
		s.mu.Lock()
		s.sent++
		s.mu.Unlock()
		jobs <- job
	}
	close(jobs)
	<-done
	fmt.Printf("sent %d jobs, total = %d\n", s.sent, s.total)
}
