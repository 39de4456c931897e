package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrMissingEquals = errors.New("missing '='") // a sentinel

func parsePort(line string) (uint16, error) {
	_, val, ok := strings.Cut(line, "=")
	if !ok {
		return 0, fmt.Errorf("parsing %q: %w", line, ErrMissingEquals)
	}
	n, err := strconv.ParseUint(val, 10, 16)
	if err != nil {
		return 0, fmt.Errorf("port value: %w", err)
	}
	return uint16(n), nil
}

func main() {
	in := []string{"port=8080", "port8080", "port=http", "port=70000"}
	for _, line := range in {
		n, err := parsePort(line)
		switch {
		case errors.Is(err, ErrMissingEquals): // sees through %w
			fmt.Println("syntax error:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Println("port", n)
		}
	}
}
