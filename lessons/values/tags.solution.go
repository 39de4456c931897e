package main

import "fmt"

// withTag returns tags followed by tag.
func withTag(tags []string, tag string) []string {
	// Cap the window at its length, so append must copy instead of
	// writing into the caller's spare capacity (slices.Clip does the same).
	return append(tags[:len(tags):len(tags)], tag)
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
