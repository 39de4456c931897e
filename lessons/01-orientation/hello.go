package main

import "fmt"

// One package, one main, no classes: Go's smallest complete program.
func main() {
	langs := []string{"Go", "Rust"}
	for i, name := range langs {
		fmt.Printf("%d: hello from %s\n", i+1, name)
	}
}
