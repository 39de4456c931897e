package main

import "fmt"

func main() {
	var a, b chan int // both nil, as after the "set it to nil" idiom
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
		// no default: a select with no ready case waits, here forever
	}
	fmt.Println("never printed")
}
