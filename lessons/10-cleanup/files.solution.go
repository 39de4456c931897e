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

// sizeOf gives each file its own function call, so its deferred
// Close runs as soon as this one file is done.
func sizeOf(name string) int {
	f := Open(name)
	defer f.Close()
	return f.Size()
}

func totalSize(names []string) int {
	total := 0
	for _, name := range names {
		total += sizeOf(name)
	}
	return total
}

func main() {
	names := []string{"a.log", "b.log", "c.log", "d.log", "e.log"}
	fmt.Println("total size =", totalSize(names))
	fmt.Println("max open =", maxOpen)
}
