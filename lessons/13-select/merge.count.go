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
	for n := 0; n < 5; { // main knows that five values will come
		select {
		case v, ok := <-a:
			if ok {
				sum += v
				n++
			}
		case v, ok := <-b:
			if ok {
				sum += v
				n++
			}
		}
	}
	fmt.Println("sum =", sum)
}
