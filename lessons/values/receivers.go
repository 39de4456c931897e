package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Incer interface{ Inc() }
type Valuer interface{ Value() int }

func main() {
	var c Counter
	c.Inc() // c is addressable, so Go calls (&c).Inc()

	// Counter's method set has Value; *Counter's has Value and Inc.
	var i Incer = &c // `= c` would not compile
	i.Inc()

	var v Valuer = c // the interface holds a copy of c
	c.Inc()
	fmt.Println(c.Value(), v.Value())
}
