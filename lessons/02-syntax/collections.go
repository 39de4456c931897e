package main

import (
	"fmt"
	"slices"
)

func main() {
	stock := map[string]int{"pear": 4, "apple": 7}
	stock["fig"] += 2               // a missing key reads as 0
	if n, ok := stock["kiwi"]; ok { // comma-ok tells 0 from missing
		fmt.Println("kiwi", n)
	} else {
		fmt.Println("no kiwi")
	}
	keys := make([]string, 0, len(stock))
	for k := range stock { // map order is random on purpose
		keys = append(keys, k)
	}
	slices.Sort(keys) // so sort before printing
	for _, k := range keys {
		fmt.Println(k, stock[k])
	}
}
