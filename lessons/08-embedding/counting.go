package main

import (
	"fmt"
	"io"
	"os"
)

type countingWriter struct {
	io.Writer // an embedded interface: any writer fits
	n         int
}

// Declaring Write shadows the promoted one; we wrap it.
func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.n += n
	return n, err
}

func main() {
	cw := &countingWriter{Writer: os.Stdout}
	a, b := 2, 3
	fmt.Fprintln(cw, "hello")
	fmt.Fprintf(cw, "%d + %d\n", a, b)
	fmt.Println("bytes:", cw.n)
}
