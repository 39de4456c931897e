package main

import (
	"fmt"
	"math"
)

// AddInt32 returns a+b and true when the sum fits in an int32,
// and 0 and false when it does not.
func AddInt32(a, b int32) (int32, bool) {
	sum := int64(a) + int64(b) // cannot overflow an int64
	if sum < math.MinInt32 || sum > math.MaxInt32 {
		return 0, false
	}
	return int32(sum), true
}

func main() {
	fmt.Println(AddInt32(40, 2))
	fmt.Println(AddInt32(2_000_000_000, 2_000_000_000))
}
