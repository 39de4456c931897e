package main

import "fmt"

func main() {
	x := 1
	// The arguments of a deferred call are evaluated now...
	defer fmt.Println("deferred call saw", x)
	// ...but a deferred closure reads x when it finally runs.
	defer func() { fmt.Println("deferred closure saw", x) }()
	for i := range 3 {
		defer fmt.Println("loop defer", i) // three queued calls
	}
	x = 2
	fmt.Println("main body done")
}
