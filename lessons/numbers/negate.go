package main

import "fmt"

func main() {
	var used, size uint = 5, 3
	free := size - used // no negative uint: it wraps
	fmt.Println(free)
	if free > 0 {
		fmt.Println("room left:", free)
	}

	step := -size // negating an unsigned value is allowed too
	fmt.Println(step, used+step)
}
