package main

import (
	"fmt"
	"sync"
)

type Account struct {
	balance int
}

func (a *Account) Deposit(amount int) {
	a.balance += amount
}

func (a *Account) Balance() int {
	return a.balance
}

func main() {
	acct := &Account{}
	var wg sync.WaitGroup
	for range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acct.Deposit(10)
		}()
	}
	wg.Wait()
	fmt.Println("balance =", acct.Balance())
}
