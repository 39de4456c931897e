package main

import (
	"fmt"
	"sync"
)

var senders sync.WaitGroup // counts the goroutines first starts

// first asks every query at once and returns the first answer.
func first(queries []string) string {
	answers := make(chan string) // unbuffered: a send waits for a receiver
	for _, q := range queries {
		senders.Add(1)
		go func() {
			defer senders.Done()
			answers <- "answer to " + q
		}()
	}
	return <-answers // one receive; nobody takes the other answers
}

func main() {
	first([]string{"a", "b", "c"})
	fmt.Println("got one answer")
	senders.Wait() // two senders are blocked on answers forever
	fmt.Println("all senders finished")
}
