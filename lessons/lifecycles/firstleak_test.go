package main

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestFirstAnswers(t *testing.T) {
	if got := first([]string{"eu"}); got != "EU says hi" {
		t.Fatalf(`first([eu]) = %q, want "EU says hi"`, got)
	}
}

func TestFirstLeavesNoGoroutineBehind(t *testing.T) {
	before := runtime.NumGoroutine()
	got := first([]string{"a", "b", "c", "d", "e"})
	if !strings.HasSuffix(got, " says hi") {
		t.Fatalf("first returned %q", got)
	}
	// The deadline only decides when to give up: goroutines that can
	// finish do so within microseconds, and blocked ones never do.
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines started by first are still running after it returned",
				runtime.NumGoroutine()-before)
		}
		time.Sleep(time.Millisecond)
	}
}
