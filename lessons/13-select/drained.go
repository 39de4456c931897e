package main

import "fmt"

func main() {
	done := make(chan int)
	close(done)
	never := make(chan int) // nobody ever sends on it
	for range 3 {
		select {
		case v, ok := <-done: // a closed channel is always ready
			fmt.Println("closed:", v, ok)
		case <-never:
			fmt.Println("unreachable")
		}
	}
	done = nil // a nil channel is never ready
	select {
	case <-done:
		fmt.Println("unreachable")
	default:
		fmt.Println("nil channel: default runs")
	}
}
