package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	for _, n := range nums { // the range expression is evaluated once
		nums = append(nums, n*10)
	}
	fmt.Println(nums)
}
