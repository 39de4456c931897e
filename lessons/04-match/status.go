package main

import "fmt"

func classify(method string, code int) string {
	switch {
	case code == 200 || code == 204:
		return "ok"
	case code >= 200 && code < 300:
		return fmt.Sprintf("success (%d)", code)
	case code >= 300 && code < 400:
		return "redirect"
	case code == 404 && (method == "GET" || method == "HEAD"):
		return "no such page"
	case code >= 400 && code < 500:
		return "client error"
	case code >= 500 && code < 600:
		return "server error"
	default:
		return "unknown"
	}
}

func main() {
	requests := []struct {
		method string
		code   int
	}{
		{"GET", 200}, {"POST", 201}, {"DELETE", 204}, {"GET", 301},
		{"GET", 404}, {"HEAD", 404}, {"POST", 404}, {"PUT", 503},
		{"GET", 700},
	}
	for _, r := range requests {
		fmt.Printf("%s %d: %s\n", r.method, r.code, classify(r.method, r.code))
	}
}
