package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	fmt.Println(a == nil, b == nil, len(a) == len(b))

	s := make([]int, 2, 4)
	t := append(s, 1)
	u := append(s, 2)
	fmt.Println(t[2], u[2], len(s))
}
