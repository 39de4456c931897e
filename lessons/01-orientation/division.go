package main

import "fmt"

func main() {
	a, b := -7, 2
	f := 3.99
	fmt.Println(a/b, a%b, int(f), int(-f))
}
