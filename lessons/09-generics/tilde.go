package main

import "fmt"

type Number interface {
	int | float64
}

type Celsius float64

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	fmt.Println(Sum([]float64{1.5, 2}))
	fmt.Println(Sum([]Celsius{20.5, 21}))
}
