package main

import "fmt"

type QuotaError struct{ Used, Limit int }

func (e *QuotaError) Error() string {
	return fmt.Sprintf("quota: %d of %d used", e.Used, e.Limit)
}

// check returns a nil *QuotaError when all is well...
func check(used int) error {
	var qe *QuotaError
	if used > 100 {
		qe = &QuotaError{used, 100}
	}
	return qe // ...wrapped in a non-nil error interface
}

func main() {
	err := check(50)
	fmt.Println(err == nil) // false: the interface holds a type
	fmt.Printf("%T\n", err) // *main.QuotaError
	var qe *QuotaError
	fmt.Println(qe == nil) // true: a plain nil pointer
}
