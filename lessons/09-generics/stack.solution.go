package main

import (
	"cmp"
	"fmt"
)

// MaxOf returns its largest argument, for any ordered type.
func MaxOf[T cmp.Ordered](xs ...T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best
}

// Stack is a last-in, first-out stack of T.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) {
	s.items = append(s.items, x)
}

// Pop removes and returns the top element. On an empty stack it
// returns the zero value of T and false.
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	top := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return top, true
}

func main() {
	fmt.Println(MaxOf(3, 9, 4), MaxOf("go", "rust"), MaxOf(1.5, -2))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	for range 3 {
		v, ok := s.Pop()
		fmt.Printf("%q %v\n", v, ok)
	}
}
