package main

import (
	"fmt"
	"sync"
)

type result struct{ id, square int }

func main() {
	results := make(chan result, 5) // room for every result
	var wg sync.WaitGroup
	for id := 1; id <= 5; id++ {
		wg.Add(1)
		go func() { // Go 1.22+: each iteration has its own id
			defer wg.Done()
			results <- result{id, id * id}
		}()
	}
	go func() {
		wg.Wait()      // every worker has sent...
		close(results) // ...so the range below may end
	}()
	squares := make([]int, 6)
	for r := range results { // arrival order varies,
		squares[r.id] = r.square // the slot does not
	}
	fmt.Println(squares[1:])
}
