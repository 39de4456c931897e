package main

import "fmt"

// A list node points at the next one: a pointer is one word,
// so the struct has a fixed size.
type Node struct {
	Val  int
	Next *Node
}

func main() {
	var head *Node
	for _, v := range []int{3, 2, 1} {
		head = &Node{Val: v, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
}
