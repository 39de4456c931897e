package main

import "fmt"

type lang struct {
	name      string
	announced int
	stable    int // year of the 1.0 release
}

func main() {
	langs := []lang{{"Go", 2009, 2012}, {"Rust", 2010, 2015}}
	fmt.Println("lang", "announced", "1.0")
	for _, l := range langs {
		fmt.Println(l.name, l.announced, l.stable)
	}
}
