package main

import "fmt"

type Item struct{ Qty int }

func main() {
	stock := map[string]Item{"apple": {Qty: 3}}
	stock["apple"].Qty += 2 // a map element is not addressable
	fmt.Println(stock)
}
