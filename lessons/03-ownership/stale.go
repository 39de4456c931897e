package main

import "fmt"

func main() {
	scores := []int{10, 20, 30} // len 3, cap 3
	first := &scores[0]
	scores = append(scores, 40) // no room: copies to a new array
	*first = 99                 // writes into the old array
	fmt.Println(scores[0], *first, len(scores))

	more := make([]int, 3, 10)
	alias := more[:2]
	alias = append(alias, 7) // room to spare: writes into more's array
	fmt.Println(more, alias)
}
