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

// findUser returns nil for an unknown id.
func findUser(id int) *User {
	return users[id]
}

func main() {
	for _, id := range []int{1, 7, 2} {
		u := findUser(id)
		fmt.Println("hello,", u.Name)
	}
}
