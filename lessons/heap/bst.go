package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

// insert puts v into the search tree under n.
func insert(n *Node, v int) {
	if n == nil {
		n = &Node{Val: v}
		return
	}
	if v < n.Val {
		insert(n.Left, v)
	} else {
		insert(n.Right, v)
	}
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
		insert(root, v)
	}
	fmt.Println(inorder(root, nil))
}
