package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// produce sends exactly what main takes, then polls the context.
func produce(ctx context.Context, out chan<- int) {
	for i := 1; i <= 3; i++ {
		out <- i
	}
	for ctx.Err() == nil {
		time.Sleep(time.Millisecond)
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
