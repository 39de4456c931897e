package main

import (
	"bytes"
	"fmt"
)

type Token struct {
	Text []byte // a view into the input, not a copy
}

func firstWord(input []byte) Token {
	end := bytes.IndexByte(input, ' ')
	if end < 0 {
		end = len(input)
	}
	return Token{Text: input[:end]}
}

func main() {
	input := []byte("borrow checker")
	tok := firstWord(input) // the GC keeps input alive for tok
	input[0] = 'B'          // and tok sees the change
	fmt.Println(string(tok.Text))
}
