package main

import (
	"fmt"
	"math"
	"math/bits"
)

// addUint8 reports whether a+b fit: an unsigned sum that wrapped is
// smaller than either operand.
func addUint8(a, b uint8) (uint8, bool) {
	sum := a + b
	return sum, sum >= a
}

func saturatingAddUint8(a, b uint8) uint8 {
	if sum, ok := addUint8(a, b); ok {
		return sum
	}
	return math.MaxUint8
}

func main() {
	fmt.Println(addUint8(250, 3))
	fmt.Println(addUint8(250, 10))
	fmt.Println(saturatingAddUint8(250, 10))

	// Unsigned arithmetic wraps, which is what a hash wants.
	var h uint32
	for _, b := range []byte("gopher") {
		h = h*31 + uint32(b)
	}
	fmt.Println(h)

	// math/bits gives the carry and the high half for 32- and 64-bit words.
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
}
