package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	jobs := make(chan int)
	locked := make(chan struct{})
	go func() { // the worker takes the lock, then waits for a job
		mu.Lock()
		defer mu.Unlock()
		close(locked)
		fmt.Println("worker got job", <-jobs)
	}()

	<-locked
	sent := make(chan struct{})
	go func() { // the sender needs the lock before it sends
		mu.Lock()
		defer mu.Unlock()
		jobs <- 1
		close(sent)
	}()

	select {
	case <-sent:
		fmt.Println("job sent")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("stuck: the worker holds mu and waits for a job; the sender waits for mu")
	}
}
