package main

import (
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{
		{"Mia", 34}, {"Ben", 28}, {"Ada", 34}, {"Zoe", 19}, {"Eli", 28},
	}
	// TODO: sort by age, then by name, as roster.rs does.
	slices.SortFunc(people, func(a, b Person) int {
		return strings.Compare(a.Name, b.Name)
	})
	for _, p := range people {
		fmt.Println(p.Age, p.Name)
	}
	// TODO: print "first over 30: <name> at <index>" (or "nobody over 30").
}
