package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A sentinel: one value, compared with errors.Is.
var ErrNotFound = errors.New("not found")

// A typed error: carries data, extracted with errors.As.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

func port(lines map[string]string) (int, error) {
	raw, ok := lines["port"]
	if !ok {
		return 0, fmt.Errorf("port: %w", ErrNotFound)
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		return 0, fmt.Errorf("port: %w", &LineError{Line: 3, Err: err})
	}
	return n, nil
}

func main() {
	for _, cfg := range []map[string]string{{}, {"port": "80x"}} {
		_, err := port(cfg)
		fmt.Println(err)
		var le *LineError
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Println("  -> use the default port")
		case errors.As(err, &le):
			fmt.Println("  -> fix line", le.Line)
		}
	}
}
