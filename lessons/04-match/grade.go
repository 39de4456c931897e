package main

import "fmt"

// grade turns a score out of 100 into a letter.
func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 75:
		return "B"
	case score >= 50:
		return "C"
	default:
		return "F"
	}
	return "?" // just in case
}

func main() {
	for _, s := range []int{95, 75, 60, 12} {
		fmt.Println(s, grade(s))
	}
}
