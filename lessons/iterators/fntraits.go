package main

import "fmt"

type Conn struct{ open bool }

func (c *Conn) Close() {
	if !c.open {
		fmt.Println("close: already closed")
		return
	}
	c.open = false
	fmt.Println("closed")
}

func callTwice(f func()) {
	f()
	f()
}

func main() {
	greeting := "hello"
	callTwice(func() { fmt.Println(greeting) }) // reads a variable

	count := 0
	callTwice(func() { count++ }) // changes a variable
	fmt.Println("count", count)

	conn := &Conn{open: true}
	callTwice(func() { conn.Close() }) // meant to run once; nothing says so
}
