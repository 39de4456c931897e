package main

import "fmt"

type User struct {
	ID   int
	Name string
}

var users = map[int]*User{
	1: {ID: 1, Name: "ada"},
	2: {ID: 2, Name: "linus"},
}

// findUser reports whether the id is known, comma-ok style.
func findUser(id int) (*User, bool) {
	u, ok := users[id]
	return u, ok
}

func main() {
	for _, id := range []int{1, 7, 2} {
		u, ok := findUser(id)
		if !ok {
			fmt.Println("unknown user", id)
			continue
		}
		fmt.Println("hello,", u.Name)
	}
}
