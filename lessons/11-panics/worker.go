package main

import "fmt"

func main() {
	defer func() {
		// recover only sees panics of its own goroutine
		fmt.Println("main recovered:", recover())
	}()
	done := make(chan struct{})
	go func() {
		fmt.Println("worker starting")
		panic("worker failed") // kills the whole process
	}()
	<-done // never receives: the panic ends the program first
	fmt.Println("main carries on")
}
