package main

import (
	"slices"
	"testing"
)

func TestEvensAll(t *testing.T) {
	if got := slices.Collect(Evens(7)); !slices.Equal(got, []int{0, 2, 4, 6}) {
		t.Errorf("Evens(7) = %v, want [0 2 4 6]", got)
	}
	if got := slices.Collect(Evens(0)); len(got) != 0 {
		t.Errorf("Evens(0) = %v, want nothing", got)
	}
}

func TestEvensStopsWhenTheLoopBreaks(t *testing.T) {
	var got []int
	for n := range Evens(1000) {
		got = append(got, n)
		if len(got) == 3 {
			break
		}
	}
	if !slices.Equal(got, []int{0, 2, 4}) {
		t.Errorf("first three = %v, want [0 2 4]", got)
	}
}
