package main

import (
	"context"
	"fmt"
	"time"
)

// load reads one setting; the "remote" source never answers.
func load(ctx context.Context, source string) (string, error) {
	answer := make(chan string, 1)
	if source != "remote" {
		answer <- source + " settings"
	}
	select {
	case s := <-answer:
		return s, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	for _, source := range []string{"file", "remote", "env"} {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
		s, err := load(ctx, source)
		cancel()
		if err != nil {
			fmt.Printf("%s: gave up (%v)\n", source, err)
			continue
		}
		fmt.Printf("%s: %s\n", source, s)
	}
}
