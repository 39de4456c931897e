package main

import (
	"fmt"
	"math"
)

type Kind int

const (
	Circle Kind = iota
	Rect
	Triangle // new in this release
)

type Shape struct {
	Kind Kind
	A, B float64 // radius; width and height; base and height
}

func area(s Shape) float64 {
	switch s.Kind {
	case Circle:
		return math.Pi * s.A * s.A
	case Rect:
		return s.A * s.B
	case Triangle:
		return s.A * s.B / 2
	}
	return 0 // the next new kind is silently 0 again
}

func main() {
	shapes := []Shape{
		{Circle, 1.5, 0}, {Rect, 2, 3.5}, {Triangle, 3, 5},
	}
	for _, s := range shapes {
		fmt.Printf("area %.2f\n", area(s))
	}
}
