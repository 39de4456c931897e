package main

import (
	"fmt"

	"exercises/layout-internal/store"
	"exercises/layout-internal/store/internal/cache"
)

func main() {
	c := cache.New()
	s := store.New(c)
	s.Put("lang", "go")
	fmt.Println("lang =", s.Get("lang"))
	fmt.Println("lang =", s.Get("lang"))
	fmt.Println("cache hits:", c.Hits())
}
