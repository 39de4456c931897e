package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

// find returns a pointer to the item called name, so that the
// caller can change it in place, or nil if there is none.
func find(items []Item, name string) *Item {
	for i := range items {
		if items[i].Name == name {
			return &items[i] // the element in the slice's array, not a copy
		}
	}
	return nil
}

func main() {
	items := []Item{{"bolt", 10}, {"nut", 4}}
	if it := find(items, "nut"); it != nil {
		it.Qty += 6
	}
	fmt.Println(items)
}
