package main

import "fmt"

type User struct {
	ID   int
	Name string
}

var users = []User{{1, "ada"}, {2, "linus"}}

// findUser returns nil when no user has that id.
func findUser(id int) *User {
	for i := range users {
		if users[i].ID == id {
			return &users[i]
		}
	}
	return nil
}

func main() {
	for _, id := range []int{2, 7} {
		if u := findUser(id); u != nil {
			fmt.Println("found", u.Name)
		} else {
			fmt.Println("no user", id)
		}
	}
}
