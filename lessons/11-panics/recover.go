package main

import "fmt"

// run calls job and turns a panic into a report.
func run(name string, job func()) {
	defer func() {
		if r := recover(); r != nil { // non-nil only while panicking
			fmt.Printf("%s failed: %v\n", name, r)
		}
	}()
	job()
	fmt.Println(name, "ok")
}

func main() {
	run("first", func() {})
	run("second", func() { panic("disk on fire") })
	run("third", func() {})
}
