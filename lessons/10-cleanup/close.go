package main

import (
	"errors"
	"fmt"
)

type File struct{ name string }

func (f *File) Write(s string) error { return nil }

// Close fails, as a real Close can when buffered data
// cannot be flushed to disk.
func (f *File) Close() error {
	return errors.New("close " + f.name + ": disk full")
}

// The named result err lets the deferred closure report
// Close's error when the body itself succeeded.
func save(name string) (err error) {
	f := &File{name}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	return f.Write("data")
}

func main() {
	fmt.Println("save:", save("out.txt"))
}
