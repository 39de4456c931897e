package main

import "fmt"

type Widget struct{}

func (Widget) Kind() string { return "widget" }

// Render belongs to Widget; it calls Widget.Kind, always.
func (w Widget) Render() string { return "<" + w.Kind() + ">" }

type Button struct{ Widget }

// Button "overrides" Kind, but Widget.Render never sees it.
func (Button) Kind() string { return "button" }

func main() {
	b := Button{}
	fmt.Println(b.Kind())
	fmt.Println(b.Render()) // promoted: really b.Widget.Render()
}
