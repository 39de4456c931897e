// Package geo computes properties of rectangles.
package geo

// Rect is an axis-aligned rectangle.
type Rect struct {
	W, H int
}

// Area is exported: other packages can call it.
func Area(r Rect) int {
	return r.W * r.H
}

// Perimeter is exported: its name starts with a capital letter.
func Perimeter(r Rect) int {
	return 2 * (r.W + r.H)
}
