package main

import "fmt"

type Shipping int

const (
	Standard Shipping = iota
	Express
	Overnight // added in version 2
)

var names = []string{"standard", "express", "overnight"}

// days was written in version 1 and never updated.
func days(s Shipping) int {
	switch s {
	case Standard:
		return 5
	case Express:
		return 2
	}
	return 0
}

func main() {
	for _, s := range []Shipping{Standard, Express, Overnight} {
		fmt.Printf("%s: %d days\n", names[s], days(s))
	}
}
