package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrNotFound = errors.New("not found")

var users = map[int]string{1: "ada", 2: "linus"}

func findUser(id int) (string, error) {
	name, ok := users[id]
	if !ok {
		return "", ErrNotFound
	}
	return name, nil
}

func greet(id int) (string, error) {
	name, err := findUser(id)
	if err != nil {
		return "", fmt.Errorf("greet user %d: %v", id, err)
	}
	return "hello, " + name, nil
}

func main() {
	for _, id := range []int{1, 42, 2} {
		msg, err := greet(id)
		if err != nil && strings.HasSuffix(err.Error(), ErrNotFound.Error()) {
			fmt.Println("no such user, greeting guest:", err)
			continue
		}
		if err != nil {
			fmt.Println("unexpected:", err)
			return
		}
		fmt.Println(msg)
	}
}
