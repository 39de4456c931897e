package main

import "fmt"

// In one package, users and orders may call each other freely. As two
// packages, each importing the other, this would not build:
// "import cycle not allowed".

func userName(id int) string { return fmt.Sprintf("user%d", id) }

func ordersOf(id int) int { return id * 2 }

func describeUser(id int) string {
	return fmt.Sprintf("%s has %d orders", userName(id), ordersOf(id))
}

func describeOrder(id, owner int) string {
	return fmt.Sprintf("order %d belongs to %s", id, userName(owner))
}

func main() {
	fmt.Println(describeUser(3))
	fmt.Println(describeOrder(42, 3))
}
