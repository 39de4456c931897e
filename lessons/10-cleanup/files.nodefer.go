package main

import "fmt"

// A stand-in for os.File that counts how many files are open at once.
var openNow, maxOpen int

type File struct{ name string }

func Open(name string) *File {
	openNow++
	maxOpen = max(maxOpen, openNow)
	return &File{name}
}

func (f *File) Close() { openNow-- }

func (f *File) Size() int { return 10 * len(f.name) }

func totalSize(names []string) int {
	total := 0
	for _, name := range names {
		f := Open(name)
		total += f.Size()
		f.Close() // closes in time, but not if Size panics
	}
	return total
}

func main() {
	names := []string{"a.log", "b.log", "c.log", "d.log", "e.log"}
	fmt.Println("total size =", totalSize(names))
	fmt.Println("max open =", maxOpen)
}
