package main

import (
	"fmt"
	"sync"
)

func main() {
	var squares []int
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares = append(squares, i*i)
		}()
	}
	wg.Wait()
	sum := 0
	for _, sq := range squares {
		sum += sq
	}
	fmt.Println(len(squares), "squares, sum =", sum)
}
