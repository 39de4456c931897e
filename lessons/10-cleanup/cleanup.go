package main

import (
	"fmt"
	"runtime"
	"time"
)

// Big enough not to be a "tiny" allocation: cleanups attached to
// objects of a few bytes may never run.
type conn struct {
	id  int
	buf [64]byte
}

func main() {
	closed := make(chan int)
	c := &conn{id: 7}
	// The cleanup gets the id, not c: a cleanup that kept c reachable
	// would never run.
	runtime.AddCleanup(c, func(id int) { closed <- id }, c.id)
	c = nil      // drop the only reference
	runtime.GC() // find it unreachable now rather than someday
	select {
	case id := <-closed:
		fmt.Println("cleanup ran for conn", id)
	case <-time.After(2 * time.Second):
		fmt.Println("no cleanup yet")
	}
}
