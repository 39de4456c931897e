package main

import (
	"fmt"
	"slices"
)

func main() {
	langs := []string{"rust", "go", "zig", "c", "odin"}

	fmt.Println(slices.Contains(langs, "go"), slices.Index(langs, "zig"))
	i := slices.IndexFunc(langs, func(s string) bool { return len(s) > 3 })
	fmt.Println(i, langs[i])

	sorted := slices.Clone(langs) // Sort works in place
	slices.Sort(sorted)
	pos, found := slices.BinarySearch(sorted, "odin")
	fmt.Println(sorted, pos, found)

	slices.SortFunc(langs, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(langs[0], slices.Max(langs))
}
