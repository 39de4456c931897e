package main

import (
	"fmt"
	"unicode"
)

type Click struct{ X, Y int }
type Key struct {
	Code  rune
	Shift bool
}
type Quit struct{}

func handle(ev any) string {
	switch e := ev.(type) { // a type switch
	case Click:
		if e.X == 0 && e.Y == 0 {
			return "click at origin"
		}
		return fmt.Sprintf("click at %d,%d", e.X, e.Y)
	case Key:
		if e.Shift {
			return fmt.Sprintf("key %c", unicode.ToUpper(e.Code))
		}
		return fmt.Sprintf("key %c", e.Code)
	case Quit:
		return "quit"
	default: // `any` admits anything, so a default is wise
		return fmt.Sprintf("unexpected %T", ev)
	}
}

func main() {
	evs := []any{Click{0, 0}, Click{3, 4}, Key{'q', true}, Quit{}, 42}
	for _, ev := range evs {
		fmt.Println(handle(ev))
	}
}
