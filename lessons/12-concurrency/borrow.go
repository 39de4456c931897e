package main

import (
	"fmt"
	"sync"
)

func main() {
	name := "gopher"
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // captures name by reference; the GC keeps it alive
		defer wg.Done()
		fmt.Println("hello,", name)
	}()
	wg.Wait()
}
