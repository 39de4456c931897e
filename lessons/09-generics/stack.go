package main

import "fmt"

// MaxOf returns its largest argument. It only accepts ints so far.
func MaxOf(xs ...int) int {
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
	return zero, false // TODO
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
