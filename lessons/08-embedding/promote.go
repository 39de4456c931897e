package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incrementer interface{ Inc() }

type Page struct {
	Counter // embedded: fields and methods are promoted
	Title   string
}

func main() {
	p := &Page{Title: "home"}
	p.Inc() // short for p.Counter.Inc()
	// *Page has Inc (promoted), so it satisfies Incrementer...
	var i Incrementer = p
	i.Inc()
	// ...but it is not a Counter: `var c *Counter = p` fails.
	fmt.Println(p.Title, p.n) // p.n: a promoted field
}
