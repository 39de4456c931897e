package main

import "fmt"

// archive saves the log somewhere, then clears it for reuse.
func archive(log []string) int {
	n := len(log)
	for i := range log {
		log[i] = ""
	}
	return n
}

func main() {
	log := []string{"start", "stop"}
	last := &log[1] // a pointer into the log
	n := archive(log)
	fmt.Printf("%d archived, last was %q\n", n, *last)
}
