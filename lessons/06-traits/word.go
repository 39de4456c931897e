package main

import (
	"fmt"
	"strings"
)

// Methods can only be declared on types of this package, so
// wrap string in a new named type to give it one.
type Word string

func (w Word) Shout() string { return strings.ToUpper(string(w)) + "!" }

func main() {
	fmt.Println(Word("hello").Shout())
	fmt.Println(len(Word("hello"))) // still a string underneath
}
