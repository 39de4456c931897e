package main

import (
	"cmp"
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
	slices.SortFunc(people, func(a, b Person) int {
		// cmp.Or returns the first non-zero comparison (Go 1.22)
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	for _, p := range people {
		fmt.Println(p.Age, p.Name)
	}
	if i := slices.IndexFunc(people, func(p Person) bool { return p.Age > 30 }); i >= 0 {
		fmt.Printf("first over 30: %s at %d\n", people[i].Name, i)
	} else {
		fmt.Println("nobody over 30")
	}
}
