package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ Name string }

func (d Dog) Speak() string { return d.Name + ": woof" }

type Robot struct{ ID int }

func (r Robot) Speak() string {
	return fmt.Sprintf("unit %d: beep", r.ID)
}

// A generic function with an interface constraint (Go 1.18+).
func twice[S Speaker](s S) string {
	return s.Speak() + ", " + s.Speak()
}

func main() {
	fmt.Println(twice(Robot{7}))
	// An interface value: a type tag plus a pointer. Calls go
	// through the method table of whatever is inside.
	for _, s := range []Speaker{Dog{"rex"}, Robot{7}} {
		fmt.Println(s.Speak())
	}
}
