package main

import (
	"math"
	"testing"
)

func TestAddInt32(t *testing.T) {
	cases := []struct {
		a, b int32
		sum  int32
		ok   bool
	}{
		{40, 2, 42, true},
		{-5, 3, -2, true},
		{math.MaxInt32, 0, math.MaxInt32, true},
		{math.MaxInt32, -1, math.MaxInt32 - 1, true},
		{math.MinInt32, math.MaxInt32, -1, true},
		{math.MaxInt32, 1, 0, false},
		{2_000_000_000, 2_000_000_000, 0, false},
		{math.MinInt32, -1, 0, false},
		{math.MinInt32, math.MinInt32, 0, false},
	}
	for _, c := range cases {
		sum, ok := AddInt32(c.a, c.b)
		if sum != c.sum || ok != c.ok {
			t.Errorf("AddInt32(%d, %d) = %d, %t; want %d, %t", c.a, c.b, sum, ok, c.sum, c.ok)
		}
	}
}
