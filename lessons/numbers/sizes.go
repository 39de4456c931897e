package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println("int is", strconv.IntSize, "bits here")
	fmt.Println("int8:", math.MinInt8, "to", math.MaxInt8)
	fmt.Println("uint8: 0 to", math.MaxUint8)
	fmt.Println("int64 max:", math.MaxInt64)
	fmt.Println("uint64 max:", uint64(math.MaxUint64))

	words := []string{"go", "rust"}
	n := len(words)    // len returns int: signed
	fmt.Println(n - 3) // -1, an ordinary value
	fmt.Println(words[n-1])

	x := 42        // an untyped constant settles on int
	r := 'é'       // rune is another name for int32
	b := byte('A') // byte is another name for uint8
	fmt.Printf("%T %T %T\n", x, r, b)
}
