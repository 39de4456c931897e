package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parsePort(s string) (uint16, error) {
	n, err := strconv.ParseUint(s, 10, 16)
	if err != nil {
		return 0, fmt.Errorf("port value: %w", err)
	}
	return uint16(n), nil
}

func loadConfig(port string) error {
	if _, err := parsePort(port); err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	return nil
}

func main() {
	err := loadConfig("http")
	// Each message already contains the ones below it.
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Println("-", e)
	}
	// errors.As walks the chain for a type and fills in the target.
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Printf("bad number %q in %s\n", numErr.Num, numErr.Func)
	}
}
