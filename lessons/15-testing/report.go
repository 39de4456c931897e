package main

import "fmt"

type item struct {
	name  string
	count int
}

func main() {
	items := []item{{"apples", 3}, {"pears", 12}}
	fmt.Sprintf("%d kinds in stock", len(items))
	for _, it := range items {
		fmt.Printf("%-8s %3d\n", it.count, it.name)
	}
}
