package main

import (
	"errors"
	"fmt"
)

var ErrRequired = errors.New("required")

type Signup struct{ Name, Email string }

func validate(s Signup) error {
	var errs []error
	if s.Name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if s.Email == "" {
		errs = append(errs, fmt.Errorf("email: %w", ErrRequired))
	}
	return errors.Join(errs...) // nil when errs is empty
}

func main() {
	fmt.Println(validate(Signup{Name: "Ada", Email: "ada@example.com"}))
	err := validate(Signup{})
	fmt.Println(err) // one line per joined error
	fmt.Println("required missing:", errors.Is(err, ErrRequired))
}
