package main

// #include <stdlib.h>
import "C"

import "fmt"

func main() {
	// C.abs is C's abs(); C.int is C's int type.
	// The call switches from the goroutine's stack to a
	// system stack and tells the scheduler it may block.
	n := C.abs(C.int(-42))
	fmt.Println("C says", int(n))
}
