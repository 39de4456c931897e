package main

import (
	"errors"
	"fmt"
)

// TODO: define OutOfStockError (fields Item string, Want, Have int)
// with an Error() method that formats as "<item>: want <n>, have <n>".

var ErrUnknownItem = errors.New("unknown item")

// reserve must:
//   - return an error wrapping ErrUnknownItem, formatted as
//     `reserve "<item>": unknown item`, when the item is not in stock;
//   - return an error wrapping an *OutOfStockError, formatted as
//     `reserve: <item>: want <n>, have <n>`, when qty exceeds the stock;
//   - otherwise subtract qty from the stock and return nil.
func reserve(stock map[string]int, item string, qty int) error {
	_, _, _ = stock, item, qty
	return errors.New("TODO")
}

type order struct {
	item string
	qty  int
}

func main() {
	stock := map[string]int{"apple": 10, "pear": 2}
	orders := []order{{"apple", 2}, {"kiwi", 1}, {"pear", 5}, {"apple", 9}}
	for _, o := range orders {
		err := reserve(stock, o.item, o.qty)
		// TODO: print "ok: <qty> x <item>" on success,
		// "short by <want-have>: <err>" for an *OutOfStockError
		// (use errors.As), and "rejected: <err>" for anything else.
		fmt.Println("rejected:", err)
	}
}
