package main

import "fmt"

func main() {
	users := []string{"ada", "linus"}
	// Compiles and runs; go vet reports the argument mix-up.
	fmt.Printf("%s has %d users\n", len(users), "team")
}
