package main

import (
	"errors"
	"fmt"
	"time"
)

type RateLimitError struct {
	RetryAfter time.Duration
}

func (e *RateLimitError) Error() string {
	return fmt.Sprintf("rate limited, retry after %v", e.RetryAfter)
}

func call(endpoint string) error {
	switch endpoint {
	case "/users":
		return fmt.Errorf("GET %s: %w", endpoint, &RateLimitError{RetryAfter: 2 * time.Second})
	case "/health":
		return nil
	default:
		return fmt.Errorf("GET %s: %w", endpoint, errors.New("connection refused"))
	}
}

func main() {
	for _, ep := range []string{"/health", "/users", "/orders"} {
		err := call(ep)
		if err == nil {
			fmt.Println(ep, "ok")
			continue
		}
		if rl, ok := err.(*RateLimitError); ok {
			fmt.Println(ep, "retry in", rl.RetryAfter)
			continue
		}
		fmt.Println(ep, "failed:", err)
	}
}
