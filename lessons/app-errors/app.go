package main

import (
	"fmt"
	"os"
	"strconv"
)

func readPort(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, fmt.Errorf("reading config: %w", err)
	}
	n, err := strconv.Atoi(string(data))
	if err != nil {
		return 0, fmt.Errorf("parsing port in %s: %w", path, err)
	}
	return n, nil
}

func run() error {
	port, err := readPort("/nonexistent/app.conf")
	if err != nil {
		return fmt.Errorf("starting server: %w", err)
	}
	fmt.Println("listening on", port)
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Println("error:", err) // the chain is already in the text
	}
}
