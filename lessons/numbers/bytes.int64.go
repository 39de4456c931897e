package main

import "fmt"

func main() {
	// Wrong for this exercise: the sizes are no longer int32.
	sizes := []int64{1_500_000_000, 900_000_000, 300_000_000}
	var total int64
	for _, s := range sizes {
		total += s
	}
	fmt.Printf("%d files, %d bytes\n", len(sizes), total)
	fmt.Printf("%d MB\n", total/1_000_000)
}
