package main

import (
	"fmt"
	"time"
)

// Go has no re-exports; an alias gives a type a second name, and
// every method comes with it. Libraries use this when moving a type.
type Duration = time.Duration

func main() {
	var d Duration = 1500 * time.Millisecond
	fmt.Println(d, d.Seconds())
}
