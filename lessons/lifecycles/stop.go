package main

import (
	"fmt"
	"sync"
	"time"
)

func ticker(done <-chan struct{}) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-done: // the only way to stop it: the goroutine checks
			return
		case <-t.C:
			// one unit of work
		}
	}
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ticker(done)
	}()
	time.Sleep(20 * time.Millisecond)
	close(done) // ask every goroutine that watches done to stop
	wg.Wait()   // and wait until it has
	fmt.Println("ticker stopped")
}
