package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo" // Go strings are bytes, usually UTF-8
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(s[1], s[:3]) // indexing gives a byte; slicing, bytes
	for i, r := range s {    // range decodes runes
		if r > 127 {
			fmt.Printf("%c at byte %d\n", r, i)
		}
	}
}
