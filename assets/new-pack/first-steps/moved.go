// The Go side of "When Rust says no": copying a string is fine in Go.
package main

import "fmt"

func main() {
	a := "hello"
	b := a
	fmt.Println(a, b)
}
