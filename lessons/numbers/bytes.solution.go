package main

import "fmt"

func main() {
	// Sizes of three downloads, in bytes.
	sizes := []int32{1_500_000_000, 900_000_000, 300_000_000}
	var total int64 // wide enough for the sum, not only for each size
	for _, s := range sizes {
		total += int64(s)
	}
	fmt.Printf("%d files, %d bytes\n", len(sizes), total)
	fmt.Printf("%d MB\n", total/1_000_000)
}
