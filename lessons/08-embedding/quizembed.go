package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Sound() string    { return "..." }
func (a Animal) Describe() string { return a.Name + " says " + a.Sound() }

type Dog struct{ Animal }

func (d Dog) Sound() string { return "woof" }

type Sounder interface{ Sound() string }

func main() {
	d := Dog{Animal{Name: "rex"}}
	var s Sounder = d
	fmt.Println(s.Sound(), "/", d.Describe(), "/", d.Animal.Sound())
}
