package main

import (
	"fmt"
	"strings"
)

type lang struct {
	name      string
	announced int
	stable    int // year of the 1.0 release
}

func main() {
	langs := []lang{{"Go", 2009, 2012}, {"Rust", 2010, 2015}}
	fmt.Println("lang   announced   1.0")
	for _, l := range langs {
		pad := strings.Repeat(" ", 6-len(l.name)+6) // spaces counted by hand
		fmt.Println(l.name+pad+fmt.Sprint(l.announced), "", l.stable)
	}
}
