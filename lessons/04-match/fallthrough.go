package main

import "fmt"

func main() {
	for _, n := range []int{1, 2, 3, 4} {
		switch n {
		case 1:
			fmt.Println(n, "one")
			fallthrough
		case 2:
			fmt.Println(n, "two")
		case 3:
		case 4, 5:
			fmt.Println(n, "four or five")
		}
	}
}
