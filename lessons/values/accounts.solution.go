package main

import (
	"fmt"
	"slices"
)

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int) { a.Balance += n }

func main() {
	accounts := map[string]Account{
		"ana": {Owner: "Ana", Balance: 10},
		"bo":  {Owner: "Bo", Balance: 5},
	}
	deposits := []struct {
		id     string
		amount int
	}{{"ana", 5}, {"bo", 20}, {"ana", 1}}

	for _, d := range deposits {
		// A map element has no address: copy it out, change it, store it back.
		acc := accounts[d.id]
		acc.Deposit(d.amount)
		accounts[d.id] = acc
	}

	ids := make([]string, 0, len(accounts))
	for id := range accounts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		fmt.Println(accounts[id].Owner, accounts[id].Balance)
	}
}
