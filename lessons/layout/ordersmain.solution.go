package main

import (
	"fmt"

	"exercises/layout-cycle/orders"
	"exercises/layout-cycle/users"
)

func main() {
	fmt.Println(users.Describe(3))
	fmt.Println(orders.Describe(42, users.Name(3)))
}
