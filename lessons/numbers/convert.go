package main

import "fmt"

func main() {
	var small int32 = 70000
	var big int64 = 5
	// small + big does not compile: mismatched types int32 and int64
	fmt.Println(int64(small) + big)

	// Narrowing has the same syntax and keeps the low bits, silently.
	fmt.Println(int16(small), uint8(small))
	n := -1
	fmt.Println(uint32(n))

	// Float to int truncates toward zero...
	f := -3.99
	fmt.Println(int(f))
	// ...and out of range, the result is up to the implementation.
	huge := 1e10
	fmt.Println(int32(huge))
}
