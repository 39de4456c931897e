package main

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestLookupAnswers(t *testing.T) {
	v, err := lookup(context.Background(), "region")
	if v != "eu-west" || err != nil {
		t.Fatalf(`lookup(ctx, "region") = %q, %v; want "eu-west", nil`, v, err)
	}
}

func TestLookupStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := lookup(ctx, "owner"); !errors.Is(err, context.Canceled) {
		t.Fatalf("with a cancelled context: err = %v; want context.Canceled", err)
	}
}

func TestLookupStopsAtTheDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if _, err := lookup(ctx, "owner"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("past the deadline: err = %v; want context.DeadlineExceeded", err)
	}
}
