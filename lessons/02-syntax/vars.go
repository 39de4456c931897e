package main

import "fmt"

func main() {
	var hits int    // no initialiser: the zero value, 0
	var name string // zero value ""
	hits++          // every Go variable can be reassigned
	name = "gopher"
	limit := 3 // := declares and infers the type
	limit *= 2 // plain reassignment
	const ratio = 0.5
	fmt.Printf("%s: %d/%d (%.1f)\n", name, hits, limit, ratio)
}
