package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

// insert puts v into the search tree under n and returns the new root
// of that subtree: assigning to the parameter n would change a copy.
func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

// inorder appends the values under n in ascending order.
func inorder(n *Node, out []int) []int {
	if n == nil {
		return out
	}
	out = inorder(n.Left, out)
	out = append(out, n.Val)
	return inorder(n.Right, out)
}

func main() {
	var root *Node
	for _, v := range []int{5, 2, 8, 1, 9, 3} {
		root = insert(root, v)
	}
	fmt.Println(inorder(root, nil))
}
