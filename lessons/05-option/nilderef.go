package main

import "fmt"

type User struct {
	ID   int
	Name string
}

var users = []User{{1, "ada"}, {2, "linus"}}

func findUser(id int) *User {
	for i := range users {
		if users[i].ID == id {
			return &users[i]
		}
	}
	return nil
}

func greet(u *User) {
	fmt.Println("hello,", u.Name) // nothing says u may be nil
}

func main() {
	greet(findUser(1))
	greet(findUser(7)) // compiles; panics when it runs
}
