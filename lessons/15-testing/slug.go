package main

import (
	"fmt"
	"strings"
)

// Slug turns a title into a URL slug: lower case, words joined by
// single hyphens, no hyphen at either end.
func Slug(title string) string {
	return strings.ToLower(strings.ReplaceAll(title, " ", "-"))
}

func main() {
	fmt.Println(Slug("Go vs Rust"))
}
