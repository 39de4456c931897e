package main

import (
	"fmt"
	"testing"
)

func TestAreas(t *testing.T) {
	cases := []struct {
		shape Shape
		want  string
	}{
		{Shape{Circle, 1.5, 0}, "7.07"},
		{Shape{Rect, 2, 3.5}, "7.00"},
		{Shape{Triangle, 3, 5}, "7.50"},
	}
	for _, c := range cases {
		if got := fmt.Sprintf("%.2f", area(c.shape)); got != c.want {
			t.Errorf("area(%v) = %s, want %s", c.shape, got, c.want)
		}
	}
}

// panics reports whether area(s) panicked, and what it returned if not.
func panics(s Shape) (panicked bool, result float64) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	return false, area(s)
}

func TestUnknownKindPanics(t *testing.T) {
	for _, kind := range []Kind{Triangle + 1, 42, -1} {
		if panicked, got := panics(Shape{kind, 1, 1}); !panicked {
			t.Errorf("area of unknown kind %d returned %v; it should panic", kind, got)
		}
	}
}
