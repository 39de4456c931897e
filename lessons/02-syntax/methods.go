package main

import "fmt"

type Counter struct {
	name string
	n    int
}

// Pointer receiver: the method changes the caller's Counter.
func (c *Counter) Bump() { c.n++ }

// Value receiver: the method gets a copy, fine for reading.
func (c Counter) String() string {
	return fmt.Sprintf("%s=%d", c.name, c.n)
}

func main() {
	c := Counter{name: "clicks"} // a struct literal, n is 0
	c.Bump()                     // Go takes &c for you
	c.Bump()
	fmt.Println(c.String())
}
