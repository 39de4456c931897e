package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "naïve"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[2] == 'ï')
}
