package main

import "fmt"

// AddInt32 returns a+b and true when the sum fits in an int32,
// and 0 and false when it does not.
func AddInt32(a, b int32) (int32, bool) {
	sum := a + b
	if a > 0 && b > 0 && sum < 0 { // forgets overflow below MinInt32
		return 0, false
	}
	return sum, true
}

func main() {
	fmt.Println(AddInt32(40, 2))
	fmt.Println(AddInt32(2_000_000_000, 2_000_000_000))
}
