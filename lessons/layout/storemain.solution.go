package main

import (
	"fmt"

	"exercises/layout-internal/store"
)

func main() {
	s := store.New()
	s.Put("lang", "go")
	fmt.Println("lang =", s.Get("lang"))
	fmt.Println("lang =", s.Get("lang"))
	fmt.Println("cache hits:", s.CacheHits())
}
