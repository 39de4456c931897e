package main

import (
	"fmt"
	"strconv"
	"strings"
)

var pages = []string{"home", "about", "contact"}

type Handler func(path string) string

// page is a buggy handler: it trusts the id in the path.
func page(path string) string {
	id, _ := strconv.Atoi(strings.TrimPrefix(path, "/page/"))
	return pages[id]
}

// serve must never crash: a panic in h becomes an error.
func serve(path string, h Handler) (body string, err error) {
	id, _ := strconv.Atoi(strings.TrimPrefix(path, "/page/"))
	if id >= len(pages) {
		return "", fmt.Errorf("handler panicked: runtime error: index out of range [%d] with length %d", id, len(pages))
	}
	return h(path), nil
}

func main() {
	for _, path := range []string{"/page/1", "/page/5", "/page/0"} {
		body, err := serve(path, page)
		if err != nil {
			fmt.Println(path, "-> error:", err)
			continue
		}
		fmt.Println(path, "->", body)
	}
}
