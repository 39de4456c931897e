package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := make(chan int)
	go func() { // a producer that never stops
		for i := 0; ; i++ {
			ticks <- i
			time.Sleep(10 * time.Millisecond)
		}
	}()
	// One timer for the whole loop. A time.After inside
	// the select would restart on every tick: never fire.
	deadline := time.After(100 * time.Millisecond)
	for {
		select {
		case <-ticks:
		case <-deadline:
			fmt.Println("deadline reached")
			return
		}
	}
}
