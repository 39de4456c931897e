package main

import (
	"cmp"
	"fmt"
)

// MaxOf accepts any type whose values can be ordered with < and >.
func MaxOf[T cmp.Ordered](xs ...T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best
}

func main() {
	fmt.Println(MaxOf(3, 9, 4))            // T inferred as int
	fmt.Println(MaxOf("go", "rust", "c"))  // T inferred as string
	fmt.Println(MaxOf[float64](1, 2.5, 2)) // T given explicitly
}
