package main

import (
	"context"
	"fmt"
	"time"
)

func slow(ctx context.Context, out chan<- string) {
	fmt.Println("step 1")
	select { // cancellation is cooperative: the worker checks
	case <-time.After(10 * time.Second):
		out <- "step 2"
	case <-ctx.Done():
		out <- "worker stopped: " + ctx.Err().Error()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(),
		50*time.Millisecond)
	defer cancel()
	out := make(chan string)
	go slow(ctx, out)
	fmt.Println(<-out)
}
