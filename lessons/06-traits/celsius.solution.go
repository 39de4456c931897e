package main

import "fmt"

type Celsius float64

// String formats a temperature with one decimal and a unit.
func (c Celsius) String() string {
	return fmt.Sprintf("%.1f°C", float64(c))
}

func main() {
	temps := []Celsius{21.5, -3, 100}
	for _, t := range temps {
		fmt.Println(t)
	}
	fmt.Println(temps)
}
