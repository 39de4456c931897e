package main

import "fmt"

type Vec2 struct{ X, Y int }

// No operator overloading: addition is a method.
func (a Vec2) Add(b Vec2) Vec2 { return Vec2{a.X + b.X, a.Y + b.Y} }

func main() {
	a, b := Vec2{1, 2}, Vec2{10, 20}
	c := a.Add(b).Add(a) // a + b + a does not compile
	fmt.Println(c)
	// == is built in for structs whose fields are all comparable.
	fmt.Println(c == Vec2{12, 24})
}
