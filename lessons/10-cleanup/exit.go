package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred cleanup")
	fmt.Println("exiting")
	os.Exit(0) // ends the process now: no deferred call runs
}
