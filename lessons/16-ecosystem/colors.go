package main

import "fmt"

//go:generate stringer -type=Color

type Color int

const (
	Red Color = iota
	Green
	Blue
)

// What `go generate` would write to color_string.go
// (simplified): plain Go, checked in like any other file.
const colorNames = "RedGreenBlue"

var colorIndex = [...]uint8{0, 3, 8, 12}

func (c Color) String() string {
	if c < 0 || int(c) >= len(colorIndex)-1 {
		return fmt.Sprintf("Color(%d)", int(c))
	}
	return colorNames[colorIndex[c]:colorIndex[c+1]]
}

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
}
