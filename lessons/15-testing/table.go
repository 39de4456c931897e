package main

import "fmt"

// Clamp limits x to the range [lo, hi]. It has a bug.
func Clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	}
	if x > hi {
		return lo // should be hi
	}
	return x
}

func main() {
	cases := []struct{ x, lo, hi, want int }{
		{5, 0, 10, 5},
		{42, 0, 10, 10},
		{7, 0, 5, 5},
	}
	for _, c := range cases {
		// In TestClamp this line would be t.Errorf(...):
		// the failure is recorded and the loop goes on.
		if got := Clamp(c.x, c.lo, c.hi); got != c.want {
			fmt.Printf("Clamp(%d, %d, %d) = %d, want %d\n",
				c.x, c.lo, c.hi, got, c.want)
		}
	}
	fmt.Println("checked", len(cases), "cases")
}
