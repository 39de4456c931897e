package main

import (
	"fmt"
	"slices"
	"sync"
)

// Hub hands every published message to each subscriber.
type Hub struct {
	mu   sync.Mutex
	subs []chan string
}

func (h *Hub) Subscribe() <-chan string {
	h.mu.Lock()
	defer h.mu.Unlock()
	ch := make(chan string)
	h.subs = append(h.subs, ch)
	return ch
}

func (h *Hub) Subscribers() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

// Publish copies the list under the lock and sends without it: a send
// can wait for a subscriber, and that subscriber may need the lock.
func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	subs := slices.Clone(h.subs)
	h.mu.Unlock()
	for _, ch := range subs {
		ch <- msg
	}
}

func main() {
	h := &Hub{}
	a, b := h.Subscribe(), h.Subscribe()
	aDone := make(chan struct{})
	go func() { // A looks at the hub as soon as it has a message
		msg := <-a
		fmt.Printf("A got %q and sees %d subscribers\n", msg, h.Subscribers())
		close(aDone)
	}()
	bDone := make(chan struct{})
	go func() { // B reads only after A has finished
		<-aDone
		fmt.Printf("B got %q\n", <-b)
		close(bDone)
	}()
	h.Publish("news")
	<-bDone
}
