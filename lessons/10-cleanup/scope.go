package main

import "fmt"

type Conn struct{ name string }

func open(name string) *Conn {
	fmt.Println("open", name)
	return &Conn{name}
}

func (c *Conn) Close() { fmt.Println("close", c.name) }

func work() {
	a := open("a")
	defer a.Close()
	{
		b := open("b")
		defer b.Close() // queued until work returns, not until }
		fmt.Println("inner block ends")
	}
	fmt.Println("work ends")
}

func main() {
	work()
	fmt.Println("back in main")
}
