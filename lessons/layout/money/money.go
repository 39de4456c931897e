// Package money handles amounts of euros.
package money

// Amount is a number of euro cents; the field is unexported, so other
// packages must use New.
type Amount struct {
	cents int64
}

// New returns euros plus cents.
func New(euros, cents int64) Amount {
	return Amount{cents: euros*100 + cents}
}

// Add returns the sum of two amounts.
func (a Amount) Add(b Amount) Amount {
	return Amount{cents: a.cents + b.cents}
}
