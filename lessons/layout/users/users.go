// Package users knows users' names.
package users

import (
	"fmt"

	"exercises/layout-cycle/orders"
)

// Name returns the display name of a user.
func Name(id int) string { return fmt.Sprintf("user%d", id) }

// Describe summarises a user.
func Describe(id int) string {
	return fmt.Sprintf("%s has %d orders", Name(id), orders.CountFor(id))
}
