package main

import "fmt"

func produce(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i * 10
	}
}

func main() {
	ch := make(chan int)
	go produce(4, ch)
	sum, n := 0, 0
	for v := range ch {
		fmt.Println("got", v)
		sum += v
		n++
		if n == 4 { // main knows how many values produce sends
			break
		}
	}
	fmt.Println("sum =", sum)
}
