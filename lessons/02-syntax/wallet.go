package main

import "fmt"

type Wallet struct {
	owner   string
	balance int
}

// Deposit adds amount to the wallet's balance.
func (w Wallet) Deposit(amount int) {
	w.balance += amount
}

func (w Wallet) Balance() int { return w.balance }

func main() {
	w := Wallet{owner: "ada"}
	w.Deposit(30)
	w.Deposit(12)
	fmt.Println(w.owner, w.Balance())
}
