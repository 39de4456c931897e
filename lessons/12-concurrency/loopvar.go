package main

import "fmt"

func main() {
	var getters []func() int
	for i := 0; i < 3; i++ {
		getters = append(getters, func() int { return i })
	}
	var got []int
	for _, get := range getters {
		got = append(got, get())
	}
	fmt.Println(got)
}
