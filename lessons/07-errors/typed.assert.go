package main

import (
	"errors"
	"fmt"
)

// OutOfStockError is a custom error type that carries data.
type OutOfStockError struct {
	Item       string
	Want, Have int
}

func (e *OutOfStockError) Error() string {
	return fmt.Sprintf("reserve: %s: want %d, have %d", e.Item, e.Want, e.Have)
}

var ErrUnknownItem = errors.New("unknown item")

func reserve(stock map[string]int, item string, qty int) error {
	have, ok := stock[item]
	if !ok {
		return fmt.Errorf("reserve %q: %w", item, ErrUnknownItem)
	}
	if qty > have {
		return &OutOfStockError{Item: item, Want: qty, Have: have} // not wrapped
	}
	stock[item] = have - qty
	return nil
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
		oos, isOOS := err.(*OutOfStockError) // sees only the outermost error
		switch {
		case err == nil:
			fmt.Printf("ok: %d x %s\n", o.qty, o.item)
		case isOOS:
			fmt.Printf("short by %d: %v\n", oos.Want-oos.Have, err)
		default:
			fmt.Println("rejected:", err)
		}
	}
}
