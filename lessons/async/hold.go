package main

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var visits []int
	var wg sync.WaitGroup
	for user := 1; user <= 3; user++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			time.Sleep(time.Millisecond) // e.g. look the user up, lock held
			visits = append(visits, user)
		}()
	}
	wg.Wait()
	slices.Sort(visits)
	fmt.Println("visits:", visits)
}
