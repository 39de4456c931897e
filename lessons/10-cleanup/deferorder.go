package main

import "fmt"

func compute() (result int) {
	defer func() { result *= 10 }()
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i)
	}
	result = 4
	return result
}

func main() {
	fmt.Println("result", compute())
}
