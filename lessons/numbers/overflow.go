package main

import (
	"fmt"
	"math"
)

func next(x uint8) uint8 {
	return x + 1
}

func main() {
	fmt.Println(next(254), next(255)) // 255 wraps to 0

	var hits int32 = math.MaxInt32
	hits++ // wraps to the most negative int32
	fmt.Println(hits)

	low := int32(math.MinInt32)
	fmt.Println(-low, low/-1) // both still MinInt32, no panic
}
