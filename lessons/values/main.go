package main

import (
	"fmt"

	"exercises/values-method-sets/shapes"
)

func main() {
	all := []shapes.Scaler{
		shapes.Square{Side: 2},
		&shapes.Rect{W: 1, H: 3},
	}
	for _, s := range all {
		s.Scale(2)
	}
	for _, s := range all {
		fmt.Println(s.Name(), s.Area())
	}
}
