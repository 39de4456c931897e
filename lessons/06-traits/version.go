package main

import "fmt"

type Version struct{ Major, Minor int }

// Having this method is all it takes to satisfy fmt.Stringer.
// No "implements" clause names the interface.
func (v Version) String() string {
	return fmt.Sprintf("v%d.%d", v.Major, v.Minor)
}

func main() {
	v := Version{1, 22}
	fmt.Println("go", v)
	var s fmt.Stringer = v // compile-time check: v has String()
	fmt.Println("as a Stringer:", s)
}
