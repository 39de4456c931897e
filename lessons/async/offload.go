package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// Stands for blocking work: a synchronous file or database call, or hashing.
func slowChecksum(data []byte) uint32 {
	time.Sleep(100 * time.Millisecond)
	var sum uint32
	for _, b := range data {
		sum += uint32(b)
	}
	return sum
}

func main() {
	var ticks atomic.Int32
	go func() {
		for {
			ticks.Add(1)
			time.Sleep(10 * time.Millisecond)
		}
	}()

	// no special call: any goroutine may block
	result := make(chan uint32)
	go func() { result <- slowChecksum([]byte("gorust")) }()
	fmt.Println("checksum =", <-result)
	fmt.Println("ticker ran meanwhile:", ticks.Load() > 0)
}
