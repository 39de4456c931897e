package main

import (
	"testing"
	"time"
)

// A subscriber that calls back into the hub after a message must not
// deadlock Publish. The timeout only decides when the test gives up:
// a deadlock never ends by itself.
func TestSubscriberMayUseHubDuringPublish(t *testing.T) {
	h := &Hub{}
	a, b := h.Subscribe(), h.Subscribe()
	if cap(a) != 0 || cap(b) != 0 {
		t.Fatal("keep the subscriber channels unbuffered: a buffer only hides the deadlock until it fills")
	}
	aDone := make(chan int)
	go func() {
		<-a
		aDone <- h.Subscribers()
	}()
	got := make(chan string)
	go func() {
		<-aDone
		got <- <-b
	}()
	go h.Publish("news")
	select {
	case msg := <-got:
		if msg != "news" {
			t.Fatalf("B got %q, want %q", msg, "news")
		}
	case <-time.After(2 * time.Second):
		t.Fatal("deadlock: Publish holds h.mu while it sends to B, and A waits for h.mu before B may read")
	}
}

func TestEverySubscriberGetsEveryMessage(t *testing.T) {
	h := &Hub{}
	subs := []<-chan string{h.Subscribe(), h.Subscribe()}
	if n := h.Subscribers(); n != 2 {
		t.Fatalf("Subscribers() = %d, want 2", n)
	}
	got := make(chan string, 4)
	for _, ch := range subs {
		go func() {
			for range 2 {
				got <- <-ch
			}
		}()
	}
	h.Publish("x")
	h.Publish("y")
	counts := map[string]int{}
	for range 4 {
		select {
		case msg := <-got:
			counts[msg]++
		case <-time.After(2 * time.Second):
			t.Fatal("a subscriber did not get its messages")
		}
	}
	if counts["x"] != 2 || counts["y"] != 2 {
		t.Fatalf("counts = %v, want x:2 y:2", counts)
	}
}
