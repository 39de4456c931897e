package main

import (
	"fmt"
	"time"
)

// worker forwards each question to a backend that never reads it,
// so it never answers.
func worker(questions <-chan string, answers chan<- string) {
	backend := make(chan string)
	for q := range questions {
		backend <- q // blocks forever
		answers <- "ok"
	}
}

func main() {
	questions := make(chan string)
	answers := make(chan string)
	go worker(questions, answers)
	questions <- "status?"
	fmt.Println("asked")
	select {
	case a := <-answers:
		fmt.Println("answer:", a)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout")
	}
}
