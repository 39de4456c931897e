// Package shapes holds shapes that can be scaled in place.
package shapes

// Scaler is a shape that grows by a whole factor.
type Scaler interface {
	Name() string
	Area() int
	Scale(k int)
}

type Square struct{ Side int }

func (s Square) Name() string { return "square" }
func (s Square) Area() int    { return s.Side * s.Side }
func (s *Square) Scale(k int) { s.Side *= k }

type Rect struct{ W, H int }

func (r Rect) Name() string { return "rect" }
func (r Rect) Area() int    { return r.W * r.H }

// Scale needs a pointer receiver: on a value receiver it scales a copy.
func (r *Rect) Scale(k int) {
	r.W *= k
	r.H *= k
}
