package main

import "fmt"

// makeAdders returns one adder per step. Each adder keeps its own
// running total and adds its step to it on every call.
func makeAdders(steps []int) []func() int {
	var adders []func() int
	total := 0
	for _, step := range steps {
		adders = append(adders, func() int {
			total += step
			return total
		})
	}
	return adders
}

func main() {
	adders := makeAdders([]int{2, 10})
	byTwo, byTen := adders[0], adders[1]
	fmt.Println(byTwo(), byTwo(), byTen(), byTen(), byTwo())
}
