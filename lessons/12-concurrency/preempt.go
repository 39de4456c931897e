package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1) // one thread: goroutines must take turns
	var otherRan atomic.Bool
	go func() { otherRan.Store(true) }()
	for !otherRan.Load() {
		// spins without blocking; only preemption lets the other one run
	}
	fmt.Println("the other goroutine ran while main was spinning")
}
