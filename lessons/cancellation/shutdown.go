package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, jobs <-chan int, results chan<- int) {
	for {
		select {
		case <-ctx.Done():
			fmt.Println("worker: stopping,", context.Cause(ctx))
			return
		case j := <-jobs:
			results <- j * j
		}
	}
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	jobs, results := make(chan int), make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		worker(ctx, jobs, results)
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println("result", <-results)
	}
	cancel(fmt.Errorf("shutdown requested")) // jobs is never closed
	wg.Wait()
}
