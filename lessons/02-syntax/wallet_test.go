package main

import "testing"

func TestDepositAddsUp(t *testing.T) {
	w := Wallet{owner: "ada"}
	w.Deposit(30)
	w.Deposit(12)
	if got := w.Balance(); got != 42 {
		t.Errorf("after Deposit(30) and Deposit(12): Balance() = %d, want 42", got)
	}
}

func TestDepositThroughPointer(t *testing.T) {
	w := &Wallet{owner: "bob"}
	w.Deposit(5)
	if got := w.Balance(); got != 5 {
		t.Errorf("after Deposit(5): Balance() = %d, want 5", got)
	}
}
