package main

import (
	"fmt"

	"exercises/layout-files/money"
)

func main() {
	price := money.New(19, 99)
	fee := money.New(0, 5)
	fmt.Println(price)
	fmt.Println(fee)
	fmt.Println(price.Add(fee))
}
