package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	Name  string // exported: encoding/json can see it
	email string // unexported: invisible outside package main
}

func main() {
	u := User{Name: "Ada", email: "ada@example.com"}
	out, err := json.Marshal(u)
	if err != nil {
		panic(err)
	}
	// json is another package, so it silently skips email
	fmt.Println(string(out))
}
