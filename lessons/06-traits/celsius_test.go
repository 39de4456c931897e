package main

import (
	"fmt"
	"testing"
)

func TestCelsiusIsAStringer(t *testing.T) {
	var v any = Celsius(21.5)
	if _, ok := v.(fmt.Stringer); !ok {
		t.Fatal("a Celsius value does not satisfy fmt.Stringer")
	}
}

func TestFormat(t *testing.T) {
	cases := []struct {
		in   any
		want string
	}{
		{Celsius(21.5), "21.5°C"},
		{Celsius(-3), "-3.0°C"},
		{[]Celsius{0, 100}, "[0.0°C 100.0°C]"},
	}
	for _, c := range cases {
		if got := fmt.Sprint(c.in); got != c.want {
			t.Errorf("fmt.Sprint(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
