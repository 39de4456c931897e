package main

import (
	"errors"
	"fmt"
	"strconv"
)

// ConfigError is what a library returns: a type callers can inspect.
type ConfigError struct {
	Key string
	Err error // the cause, or nil
}

func (e *ConfigError) Error() string {
	if e.Err == nil {
		return "missing key " + e.Key
	}
	return fmt.Sprintf("bad value for %s: %v", e.Key, e.Err)
}

func (e *ConfigError) Unwrap() error { return e.Err }

func port(cfg map[string]string) (uint16, error) {
	raw, ok := cfg["port"]
	if !ok {
		return 0, &ConfigError{Key: "port"}
	}
	n, err := strconv.ParseUint(raw, 10, 16)
	if err != nil {
		return 0, &ConfigError{Key: "port", Err: err}
	}
	return uint16(n), nil
}

func main() {
	for _, cfg := range []map[string]string{{"port": "8080"}, {}, {"port": "99999"}} {
		n, err := port(cfg)
		if ce, ok := errors.AsType[*ConfigError](err); ok { // Go 1.26
			fmt.Printf("error: %v (key %s, has cause: %t)\n", err, ce.Key, errors.Unwrap(err) != nil)
			continue
		}
		fmt.Println("port", n)
	}
}
