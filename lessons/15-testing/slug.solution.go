package main

import (
	"fmt"
	"strings"
)

// Slug turns a title into a URL slug: lower case, words joined by
// single hyphens, no hyphen at either end.
func Slug(title string) string {
	// Fields splits on any run of white space and drops the ends.
	return strings.Join(strings.Fields(strings.ToLower(title)), "-")
}

func main() {
	fmt.Println(Slug("Go vs Rust"))
}
