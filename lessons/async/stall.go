package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ticks atomic.Int32
	go func() {
		for {
			ticks.Add(1)
			time.Sleep(10 * time.Millisecond)
		}
	}()

	time.Sleep(100 * time.Millisecond) // parks this goroutine only
	slept := ticks.Load()
	fmt.Println("ticker ran during time.Sleep:", slept > 0)

	start := time.Now()
	for time.Since(start) < 100*time.Millisecond {
		// a busy loop: the runtime preempts it (Go 1.14+)
	}
	fmt.Println("ticker ran during a busy loop:", ticks.Load() > slept)
}
