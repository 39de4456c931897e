package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newNode(v int) *Node {
	n := Node{Val: v} // a local variable...
	return &n         // ...whose address escapes: it lives on the heap
}

func main() {
	a := newNode(1)
	a.Next = newNode(2)
	fmt.Println(a.Val, a.Next.Val, a.Next.Next == nil)
}
