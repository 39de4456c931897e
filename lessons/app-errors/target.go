package main

import (
	"errors"
	"fmt"
)

type QuotaError struct{ Limit int }

// The method has a pointer receiver: *QuotaError is an error, QuotaError is not.
func (e *QuotaError) Error() string { return fmt.Sprintf("quota of %d exceeded", e.Limit) }

func charge() error {
	return fmt.Errorf("charge: %w", &QuotaError{Limit: 100})
}

func main() {
	err := charge()
	var qe QuotaError // should be *QuotaError
	if errors.As(err, &qe) {
		fmt.Println("limit", qe.Limit)
	}
}
