package main

import (
	"fmt"

	"exercises/ecosystem-visibility/geo"
)

func main() {
	r := geo.Rect{W: 3, H: 4}
	fmt.Println("area =", geo.Area(r))
	fmt.Println("perimeter =", geo.Perimeter(r))
}
