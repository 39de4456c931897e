package main

import "fmt"

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

// find returns a nil *NotFound when the key exists.
func find(key string) *NotFound {
	if key == "" {
		return &NotFound{Key: key}
	}
	return nil
}

func main() {
	var a error
	if nf := find("x"); nf != nil {
		a = nf
	}
	var b error = find("x")
	fmt.Println(a == nil, b == nil)
}
