package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch) // "no more values": only the sender should say so

	v, ok := <-ch
	fmt.Println(v, ok) // a buffered value survives close
	v, ok = <-ch
	fmt.Println(v, ok) // drained and closed: zero value, false

	ch <- 2 // sending on a closed channel panics
}
