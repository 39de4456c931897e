package main

import "testing"

func TestSlug(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"simple", "Hello World", "hello-world"},
		{"one word", "Rust", "rust"},
		{"extra spaces", "  Go   vs  Rust ", "go-vs-rust"},
		{"tabs and newlines", "Go\tand\nRust", "go-and-rust"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
