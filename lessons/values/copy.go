package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var none []int   // nil: no array at all
	empty := []int{} // an empty slice, not nil
	fmt.Println(none == nil, empty == nil, len(none), len(empty))
	none = append(none, 1) // append to nil allocates
	fmt.Println(none)

	// Most code cannot tell them apart; encoding/json can.
	out, _ := json.Marshal(map[string][]int{"nil": nil, "empty": {}})
	fmt.Println(string(out))

	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9}) // copies min(len(dst), len(src))
	fmt.Println(n, dst)
}
