package main

import (
	"fmt"
	"sync"
)

func main() {
	data := []int{1, 2, 3, 4, 5, 6, 7, 8}
	sums := make([]int, 2) // one slot per goroutine
	var wg sync.WaitGroup
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			half := data[i*4 : i*4+4] // shared read-only
			for _, v := range half {
				sums[i] += v // only this goroutine writes here
			}
		}()
	}
	wg.Wait()
	fmt.Println("halves:", sums, "total:", sums[0]+sums[1])
}
