package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// backend answers fast ids at once and never answers slow ones.
func backend(id int) <-chan string {
	ch := make(chan string, 1)
	if id < 100 {
		ch <- fmt.Sprintf("record %d", id)
	}
	return ch
}

// fetch takes the context first, by convention, and gives up when it is done.
func fetch(ctx context.Context, id int) (string, error) {
	select {
	case r := <-backend(id):
		return r, nil
	case <-ctx.Done():
		return "", fmt.Errorf("fetch %d: %w", id, ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel() // releases the timer even when nothing times out
	for _, id := range []int{7, 700} {
		r, err := fetch(ctx, id)
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			fmt.Println("timed out:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Println("got", r)
		}
	}
}
