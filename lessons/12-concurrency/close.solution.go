package main

import "fmt"

func produce(n int, out chan<- int) {
	defer close(out) // the sender says "no more values"
	for i := 1; i <= n; i++ {
		out <- i * 10
	}
}

func main() {
	ch := make(chan int)
	go produce(4, ch)
	sum := 0
	for v := range ch {
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum =", sum)
}
