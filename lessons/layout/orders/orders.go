// Package orders knows who ordered what.
package orders

import (
	"fmt"

	"exercises/layout-cycle/users"
)

// CountFor returns how many orders a user has placed.
func CountFor(user int) int { return user * 2 }

// Describe summarises an order.
func Describe(id, owner int) string {
	return fmt.Sprintf("order %d belongs to %s", id, users.Name(owner))
}
