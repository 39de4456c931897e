package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

// Sum is safe on a nil *Tree: the method checks its receiver.
func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func main() {
	var s []int          // nil slice
	var m map[string]int // nil map
	var t *Tree          // nil pointer
	s = append(s, 1)     // append allocates
	fmt.Println(len(s), len(m), m["x"], t.Sum())
	for k := range m { // ranging over a nil map: no iterations
		fmt.Println(k)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	m["x"] = 1 // writing to a nil map panics
}
