package main

import "fmt"

// An interface method cannot have type parameters, so Encode takes any.
type Encoder interface {
	Encode(v any) string
}

type plain struct{}

func (plain) Encode(v any) string { return fmt.Sprint(v) }

// EncodeAll is generic, so it is a package function, not a method.
func EncodeAll[T any](e Encoder, xs []T) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, e.Encode(x))
	}
	return out
}

func main() {
	var e Encoder = plain{}
	fmt.Println(EncodeAll(e, []int{1, 2, 3}))
	fmt.Println(EncodeAll(e, []string{"go", "rust"}))
}
