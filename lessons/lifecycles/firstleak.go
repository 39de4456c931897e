package main

import (
	"fmt"
	"strings"
)

// first asks every backend at once and returns the first answer.
func first(backends []string) string {
	answers := make(chan string)
	for _, b := range backends {
		go func() {
			answers <- strings.ToUpper(b) + " says hi"
		}()
	}
	return <-answers
}

func main() {
	answer := first([]string{"eu", "us", "asia"})
	fmt.Println(strings.HasSuffix(answer, " says hi"))
}
