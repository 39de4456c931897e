package main

import (
	"slices"
	"testing"
)

func TestTwoCallsOnOneBase(t *testing.T) {
	base := make([]string, 0, 8)
	base = append(base, "go", "rust")
	web := withTag(base, "web")
	cli := withTag(base, "cli")
	if want := []string{"go", "rust", "web"}; !slices.Equal(web, want) {
		t.Errorf("first result = %v, want %v (did the second call overwrite it?)", web, want)
	}
	if want := []string{"go", "rust", "cli"}; !slices.Equal(cli, want) {
		t.Errorf("second result = %v, want %v", cli, want)
	}
	if want := []string{"go", "rust"}; !slices.Equal(base, want) {
		t.Errorf("base = %v, want %v unchanged", base, want)
	}
}

func TestResultDoesNotWriteIntoCallersArray(t *testing.T) {
	all := []string{"a", "b", "c"}
	got := withTag(all[:1], "x")
	if want := []string{"a", "b", "c"}; !slices.Equal(all, want) {
		t.Errorf("the caller's slice became %v, want %v", all, want)
	}
	if want := []string{"a", "x"}; !slices.Equal(got, want) {
		t.Errorf("withTag(all[:1], \"x\") = %v, want %v", got, want)
	}
}

func TestNilAndFull(t *testing.T) {
	if got := withTag(nil, "x"); !slices.Equal(got, []string{"x"}) {
		t.Errorf("withTag(nil, \"x\") = %v, want [x]", got)
	}
	full := []string{"a", "b"}
	if got := withTag(full, "c"); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("withTag([a b], \"c\") = %v, want [a b c]", got)
	}
}
