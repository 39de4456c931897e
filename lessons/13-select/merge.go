package main

import "fmt"

func produce(out chan<- int, values ...int) {
	defer close(out)
	for _, v := range values {
		out <- v
	}
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go produce(a, 1, 2)
	go produce(b, 3, 3, 4)
	sum := 0
	for a != nil || b != nil {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += v
		}
	}
	fmt.Println("sum =", sum)
}
