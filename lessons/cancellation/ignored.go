package main

import (
	"context"
	"fmt"
	"time"
)

// slowQuery does not look at any context.
func slowQuery(out *[]string) {
	time.Sleep(200 * time.Millisecond)
	*out = append(*out, "row 1", "row 2")
}

func lookup(ctx context.Context) ([]string, error) {
	var rows []string
	done := make(chan struct{})
	go func() {
		slowQuery(&rows) // still running after lookup has returned
		close(done)
	}()
	select {
	case <-done:
		return rows, nil
	case <-ctx.Done():
		return rows, ctx.Err() // reads rows while slowQuery may write it
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := lookup(ctx)
	fmt.Println("lookup:", err)
	time.Sleep(300 * time.Millisecond) // the process lives on, and so does the goroutine
}
