package main

import "fmt"

type Buffer struct {
	Name string
	Data []int
}

func fill(b *Buffer, n int) {
	for i := range n { // range over an int: Go 1.22+
		b.Data = append(b.Data, i*i) // may allocate; the GC cleans up
	}
}

func main() {
	a := &Buffer{Name: "a"}
	fill(a, 4)
	b := a // a second pointer to the same Buffer
	b.Name = "b"
	fmt.Println(a.Name, a.Data)

	c := *a        // copies the struct, not the array behind Data
	c.Data[0] = 99 // so a sees this write too
	fmt.Println(a.Data[0], c.Data[0])
}
