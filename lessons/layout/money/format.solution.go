package money

import "fmt"

// String makes Amount a fmt.Stringer. It reads a.cents, which
// money.go declares: every file of the package shares its names.
func (a Amount) String() string {
	return fmt.Sprintf("€%d.%02d", a.cents/100, a.cents%100)
}
