package main

import "testing"

func TestFindPointsIntoTheSlice(t *testing.T) {
	items := []Item{{"bolt", 10}, {"nut", 4}, {"washer", 0}}
	it := find(items, "washer")
	if it == nil {
		t.Fatal(`find(items, "washer") = nil, want a pointer to items[2]`)
	}
	if it != &items[2] {
		t.Fatal(`find(items, "washer") does not point at items[2]`)
	}
	it.Qty = 7
	if items[2].Qty != 7 {
		t.Errorf("after it.Qty = 7, items[2].Qty = %d, want 7", items[2].Qty)
	}
}

func TestFindFirstMatchAndMissing(t *testing.T) {
	items := []Item{{"nut", 1}, {"nut", 2}}
	if it := find(items, "nut"); it != &items[0] {
		t.Error(`find should return the first "nut"`)
	}
	if it := find(items, "gear"); it != nil {
		t.Errorf(`find(items, "gear") = %v, want nil`, *it)
	}
	if it := find(nil, "nut"); it != nil {
		t.Error("find(nil, ...) should be nil")
	}
}
