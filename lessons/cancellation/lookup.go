package main

import (
	"fmt"
	"time"
)

// backend answers known keys after a millisecond and never answers others.
func backend(key string) <-chan string {
	ch := make(chan string, 1)
	if key == "region" {
		go func() {
			time.Sleep(time.Millisecond)
			ch <- "eu-west"
		}()
	}
	return ch
}

// lookup waits for the backend's answer.
func lookup(key string) (string, error) {
	return <-backend(key), nil
}

func main() {
	for _, key := range []string{"region", "owner"} {
		v, err := lookup(key)
		if err != nil {
			fmt.Println(key+":", err)
			continue
		}
		fmt.Println(key+":", v)
	}
}
