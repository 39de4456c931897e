package main

import "fmt"

func main() {
	// Sizes of three downloads, in bytes.
	sizes := []int32{1_500_000_000, 900_000_000, 300_000_000}
	var total int32
	for _, s := range sizes {
		total += s
	}
	fmt.Printf("%d files, %d bytes\n", len(sizes), total)
	fmt.Printf("%d MB\n", total/1_000_000)
}
