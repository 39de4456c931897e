package main

import (
	"fmt"
	"strings"
)

type Dir struct {
	Name     string
	Parent   *Dir // a plain pointer up...
	Children []*Dir
}

func (d *Dir) Add(name string) *Dir {
	child := &Dir{Name: name, Parent: d} // ...and plain pointers down
	d.Children = append(d.Children, child)
	return child
}

func (d *Dir) Path() string {
	var parts []string
	for n := d; n.Parent != nil; n = n.Parent {
		parts = append([]string{n.Name}, parts...)
	}
	return "/" + strings.Join(parts, "/")
}

func main() {
	root := &Dir{}
	bin := root.Add("usr").Add("local").Add("bin")
	fmt.Println(bin.Path())
	fmt.Println(len(root.Children[0].Children), bin.Parent.Name)
}
