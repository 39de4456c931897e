package main

import "fmt"

// Any value can be passed as an interface, so printing
// a T needs no constraint: fmt inspects it at run time.
func Show[T any](label string, x T) {
	fmt.Printf("%s: %v\n", label, x)
}

func main() {
	Show("count", 3)
	Show("langs", []string{"go", "rust"})
}
