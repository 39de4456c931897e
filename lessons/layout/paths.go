package main

import (
	"fmt"
	"net/url"
	"path"
	text "strings" // an import may be renamed in this file
)

func main() {
	// The last element of the import path is the package's name.
	fmt.Println(path.Join("cmd", "server", "main.go"))
	fmt.Println(url.PathEscape("a b"))
	fmt.Println(text.Fields("go rs"))
}
