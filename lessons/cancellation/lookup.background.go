package main

import (
	"context"
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

// lookup waits for the backend's answer, or until ctx is done.
func lookup(ctx context.Context, key string) (string, error) {
	select {
	case v := <-backend(key):
		return v, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	for _, key := range []string{"region", "owner"} {
		ctx, cancel := context.WithCancel(context.Background())
		v, err := lookup(ctx, key)
		cancel()
		if err != nil {
			fmt.Println(key+":", err)
			continue
		}
		fmt.Println(key+":", v)
	}
}
