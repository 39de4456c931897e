package main

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

type Conn struct {
	mu   sync.Mutex // one sync.Mutex serves both cases in Go
	sent []string
}

func (c *Conn) Send(msg string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	time.Sleep(time.Millisecond) // blocking with the lock held parks the goroutine
	c.sent = append(c.sent, msg)
}

func main() {
	var hitsMu sync.Mutex
	hits := 0
	conn := &Conn{}
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hitsMu.Lock()
			hits++
			hitsMu.Unlock()
			conn.Send(fmt.Sprintf("hello from %d", id))
		}()
	}
	wg.Wait()
	slices.Sort(conn.sent)
	fmt.Printf("hits = %d, sent = %q\n", hits, conn.sent)
}
