package main

import "fmt"

// moveAll moves every item of src to the end of dst.
func moveAll(dst, src *[]string) {
	*dst = append(*dst, *src...)
	*src = (*src)[:0]
}

func main() {
	inbox := []string{"a", "b"}
	done := []string{"x"}
	moveAll(&done, &inbox)
	fmt.Println(done, inbox)
	moveAll(&done, &done) // dst and src are the same slice
	fmt.Println(done)     // everything is gone
}
