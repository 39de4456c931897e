package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrMissingEquals = errors.New("missing '='")

func parsePort(line string) (uint16, error) {
	_, val, ok := strings.Cut(line, "=")
	if !ok {
		return 0, ErrMissingEquals
	}
	n, err := strconv.ParseUint(val, 10, 16)
	if err != nil {
		return 0, err // any error fits the error interface
	}
	return uint16(n), nil
}

func main() {
	fmt.Println(parsePort("port=8080"))
	fmt.Println(parsePort("port=http"))
}
