package main

import "fmt"

// trace prints "enter" now and returns a func that prints "exit".
func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func load() {
	defer trace("load")() // trace runs now; its result runs at return
	fmt.Println("  loading")
}

func main() {
	defer trace("main")()
	load()
	fmt.Println("  back in main")
}
