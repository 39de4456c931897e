package main

import "fmt"

type Point struct{ X, Y int }

type Track struct {
	Name   string
	Points []Point
}

func main() {
	tracks := []Track{{Name: "morning", Points: []Point{{0, 0}, {3, 4}}}}

	first := tracks[0] // copies the struct: the Name and the slice header
	first.Name = "copy"
	first.Points[1].X = 9 // the array behind Points is shared
	fmt.Println(tracks[0].Name, tracks[0].Points)

	p := tracks[0].Points[0] // a Point is plain data: a full copy
	p.X = 1
	fmt.Println(p, tracks[0].Points[0])
}
