package main

import "fmt"

// withTag returns tags followed by tag.
func withTag(tags []string, tag string) []string {
	// Looks like a fresh slice, but it is the same window: same capacity.
	return append(tags[:len(tags)], tag)
}

func main() {
	base := make([]string, 0, 4)
	base = append(base, "go", "rust")
	web := withTag(base, "web")
	cli := withTag(base, "cli")
	fmt.Println(web)
	fmt.Println(cli)
	fmt.Println(base)
}
