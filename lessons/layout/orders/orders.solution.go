// Package orders knows who ordered what.
package orders

import "fmt"

// CountFor returns how many orders a user has placed.
func CountFor(user int) int { return user * 2 }

// Describe summarises an order. It takes the owner's name, so that
// orders need not import users, which imports orders.
func Describe(id int, ownerName string) string {
	return fmt.Sprintf("order %d belongs to %s", id, ownerName)
}
