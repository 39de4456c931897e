package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	aWins, bWins := 0, 0
	for range 1000 {
		a <- 1
		b <- 2
		select { // both cases are ready: Go picks one at random
		case <-a:
			aWins++
			<-b
		case <-b:
			bWins++
			<-a
		}
	}
	fmt.Println("a won some rounds:", aWins > 0)
	fmt.Println("b won some rounds:", bWins > 0)
}
