package main

import (
	"errors"
	"fmt"
)

var ErrRequired = errors.New("required")

type Order struct {
	SKU      string
	Quantity int
	Address  string
}

// validate reports every problem of an order, not only the first.
func validate(o Order) error {
	var errs []error
	if o.SKU == "" {
		errs = append(errs, fmt.Errorf("sku: %w", ErrRequired))
	}
	if o.Quantity <= 0 {
		errs = append(errs, fmt.Errorf("quantity: %d is not positive", o.Quantity))
	}
	if o.Address == "" {
		errs = append(errs, fmt.Errorf("address: %w", ErrRequired))
	}
	return errors.Join(errs...) // nil when errs is empty
}

func main() {
	orders := []Order{
		{SKU: "A-1", Quantity: 2, Address: "1 Main St"},
		{Quantity: -1},
	}
	for i, o := range orders {
		err := validate(o)
		if err == nil {
			fmt.Printf("order %d: ok\n", i+1)
			continue
		}
		fmt.Printf("order %d:\n%v\n", i+1, err)
		fmt.Println("missing fields:", errors.Is(err, ErrRequired))
	}
}
