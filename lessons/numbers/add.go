package main

import "fmt"

// AddInt32 returns a+b and true when the sum fits in an int32,
// and 0 and false when it does not.
func AddInt32(a, b int32) (int32, bool) {
	return a + b, true
}

func main() {
	fmt.Println(AddInt32(40, 2))
	fmt.Println(AddInt32(2_000_000_000, 2_000_000_000))
}
