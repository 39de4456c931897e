package main

import (
	"fmt"
	"runtime"
)

type Person struct {
	Name   string
	Friend *Person
	Photos []byte
}

func liveMiB() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 20
}

func main() {
	ana := &Person{Name: "ana", Photos: make([]byte, 64<<20)}
	bo := &Person{Name: "bo", Friend: ana}
	ana.Friend = bo // a cycle: each keeps the other reachable
	fmt.Println("holding the pair, 64 MiB or more live:", liveMiB() >= 64)

	ana, bo = nil, nil // nothing outside the cycle points in
	runtime.GC()       // the collector traces from the roots, not counts
	fmt.Println("after GC, under 8 MiB live:", liveMiB() < 8)
}
