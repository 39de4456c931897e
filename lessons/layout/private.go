package main

import "fmt"

type Account struct {
	owner   string
	balance int // unexported: private to package main, not to Account
}

func (a *Account) audit() string { // unexported method
	return fmt.Sprintf("%s has %d", a.owner, a.balance)
}

func main() {
	a := Account{owner: "ada", balance: 10}
	a.balance += 5         // any code in the package may do this
	fmt.Println(a.audit()) // and call this
}
