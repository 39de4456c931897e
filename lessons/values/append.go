package main

import "fmt"

func main() {
	nums := []int{1, 2, 3, 4}
	head := nums[:2]        // len 2, cap 4
	head = append(head, 99) // room in the array: overwrites nums[2]
	fmt.Println(nums, head)

	safe := nums[:2:2]      // s[low:high:max] caps it at 2
	safe = append(safe, 42) // no room: append copies to a new array
	fmt.Println(nums, safe)
}
