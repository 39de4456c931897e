package main

import "fmt"

func main() {
	var a chan int // nil
	b := make(chan int, 1)
	b <- 7
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
	close(b)
	select {
	case v, ok := <-b:
		fmt.Println("b again", v, ok)
	default:
		fmt.Println("nothing ready")
	}
}
