package main

import "fmt"

func inner() {
	defer fmt.Println("inner deferred")
	panic("boom")
}

func outer() {
	defer fmt.Println("outer deferred")
	inner()
	fmt.Println("after inner")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	outer()
	fmt.Println("end of main")
}
