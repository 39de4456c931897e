package main

import "fmt"

func main() {
	s := make([]int, 3, 5) // an array of 5, of which s shows 3
	fmt.Println(s, len(s), cap(s))

	t := s[1:3] // a second window on the same array
	fmt.Println(t, len(t), cap(t))
	t[0] = 7 // s sees it: one array, two views
	fmt.Println(s, t)

	s = s[:4] // reslicing may reach past len, up to cap
	fmt.Println(s, len(s), cap(s))
}
