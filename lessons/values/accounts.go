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
		accounts[d.id].Deposit(d.amount)
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
