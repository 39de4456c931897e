package main

import (
	"context"
	"fmt"
	"sync"
)

// produce sends 1, 2, 3, ... until it is told to stop.
func produce(ctx context.Context, out chan<- int) {
	for i := 1; ; i++ {
		select {
		case out <- i:
		case <-ctx.Done(): // the send alone would block forever
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		produce(ctx, out)
		fmt.Println("producer stopped:", ctx.Err())
	}()
	for range 3 {
		fmt.Println("got", <-out)
	}
	cancel()
	wg.Wait()
}
