package main

import (
	"errors"
	"fmt"
	"strings"
)

var files = map[string]string{
	"jan.csv": "10\n20\n",
	"feb.csv": "5\n\n7\n",
}

func parseLine(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty line")
	}
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func sumFile(name string) (int, error) {
	data, ok := files[name]
	if !ok {
		return 0, errors.New("no such file")
	}
	total := 0
	for i, line := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		n, err := parseLine(line)
		if err != nil {
			return 0, fmt.Errorf("line %d: %w", i+1, err)
		}
		total += n
	}
	return total, nil
}

func main() {
	for _, name := range []string{"jan.csv", "feb.csv", "mar.csv"} {
		total, err := sumFile(name)
		if err != nil {
			fmt.Println("error:", fmt.Errorf("summing %s: %w", name, err))
			continue
		}
		fmt.Printf("%s: %d\n", name, total)
	}
}
