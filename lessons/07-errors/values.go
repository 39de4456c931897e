package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "4x2"} {
		n, err := strconv.Atoi(s) // (int, error)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("got", n)
	}
	n, _ := strconv.Atoi("oops") // compiles: the error is dropped
	fmt.Println("ignored the error, n =", n)
}
