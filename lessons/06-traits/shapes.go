package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Name() string
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Name() string  { return "rect" }
func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c Circle) Name() string  { return "circle" }
func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{2, 2.5}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-6s %6.2f\n", s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Printf("%-6s %6.2f\n", "total", total)
}
