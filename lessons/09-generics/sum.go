package main

import "fmt"

// A constraint may list a type set. ~float64 admits every
// type whose underlying type is float64, Celsius included.
type Number interface {
	~int | ~float64
}

type Celsius float64

func Sum[T Number](xs []T) T {
	var total T // the zero value of T
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	temps := []Celsius{20.5, 21, 19.5}
	fmt.Printf("%.1f\n", Sum(temps))
}
